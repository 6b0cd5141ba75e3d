"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useShownAssessment } from "@/components/assessment/assessment-context";
import { AssessmentLoading } from "@/components/assessment/assessment-loading";
import { TabConflictAlert } from "@/components/assessment/tab-conflict-alert";
import { UnreadableStorage } from "@/components/assessment/unreadable-storage";
import { localePath } from "@/components/layout/locale-path";
import { ButtonLink } from "@/components/ui/button-link";
import type { ReferenceCase } from "@/lib/business-case/reference-case";
import type { Locale } from "@/lib/schemas/common";
import { hasDraftContent } from "@/lib/storage/draft-document";
import { BusinessCaseBody, type BusinessCaseSources } from "./business-case-body";

/** Chooses what the business case page can show: the page itself, or why it cannot yet. */
export function BusinessCaseView({
  references,
  sources,
}: {
  references: ReferenceCase[];
  sources: BusinessCaseSources;
}) {
  const t = useTranslations("businessCase");
  const locale = useLocale() as Locale;
  const router = useRouter();
  const snapshot = useShownAssessment();
  if (snapshot.status === "loading") return <AssessmentLoading text={t("loading")} />;
  if (snapshot.status === "unreadable") {
    return (
      <UnreadableStorage
        reason={snapshot.reason}
        raw={snapshot.raw}
        onStartedOver={() => router.push(localePath(locale, "/assessment/profile"))}
      />
    );
  }
  if (!hasDraftContent(snapshot.document)) {
    return (
      <>
        <p>{t("empty.text")}</p>
        <ButtonLink href={localePath(locale, "/assessment")} icon="arrow-forward">
          {t("empty.start")}
        </ButtonLink>
      </>
    );
  }
  return (
    <>
      <TabConflictAlert />
      <BusinessCaseBody
        document={snapshot.document}
        generation={snapshot.generation}
        references={references}
        sources={sources}
      />
    </>
  );
}
