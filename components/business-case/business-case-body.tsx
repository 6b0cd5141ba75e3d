"use client";

import { useLocale, useTranslations } from "next-intl";
import { useMemo } from "react";
import { useAssessmentStore, useResultsContent } from "@/components/assessment/assessment-context";
import { localePath } from "@/components/layout/locale-path";
import { Link } from "@/components/ui/link";
import { volumeBands } from "@/content/business-case/volume-bands";
import type { BusinessCaseEstimate } from "@/lib/schemas/business-case-estimate";
import type { ReferenceCase } from "@/lib/business-case/reference-case";
import { matchCases } from "@/lib/engine/match-cases";
import type { Locale } from "@/lib/schemas/common";
import { setDraftBusinessCase, type DraftDocument } from "@/lib/storage/draft-document";
import { EstimateForm } from "./estimate-form";
import { EstimateResult } from "./estimate-result";
import { ReferenceCases } from "./reference-cases";

/** How many comparable cases the page shows, as the results page does. */
const CLOSEST = 3;

export interface BusinessCaseSources {
  horizonYears: number;
  horizon: string;
  discountRatePercent: number;
  discountRate: string;
}

interface BodyProps {
  document: DraftDocument;
  references: ReferenceCase[];
  sources: BusinessCaseSources;
  /** Bumped when the whole document is replaced (an import, another tab's answers). */
  generation: number;
}

/** The comparable cases, the user's estimate form and its result. */
export function BusinessCaseBody({ document, references, sources, generation }: BodyProps) {
  const t = useTranslations("businessCase");
  const store = useAssessmentStore();
  const locale = useLocale() as Locale;
  const content = useResultsContent();
  const matches = useMemo(() => matchCases(content, document.answers, []), [content, document.answers]);
  const closest = matches.slice(0, CLOSEST).flatMap((match) => {
    const study = references.find((reference) => reference.id === match.caseId);
    return study ? [{ study, similarity: match.similarity }] : [];
  });
  const profileAnswered = matches.some((match) => match.matches.length + match.differs.length > 0);
  const volume = document.answers["annual-volume"];
  const volumeId = volume?.type === "option" ? volume.value : null;
  const volumeLabel = volumeId
    ? (content.vocabulary
        .find((entry) => entry.id === "annual-volume")
        ?.values.find((value) => value.id === volumeId)?.label[locale] ?? null)
    : null;
  const save = (estimate: BusinessCaseEstimate): boolean => {
    store.updateDocument((draft) => setDraftBusinessCase(draft, estimate, new Date()));
    const after = store.getSnapshot();
    return after.status === "ready" && !after.saveFailed;
  };
  return (
    <>
      <p>
        <Link href={localePath(locale, "/results")}>{t("toResults")}</Link>
      </p>
      <ReferenceCases closest={closest} profileAnswered={profileAnswered} />
      <EstimateForm
        // A replaced document (an import, another tab's answers) starts the form afresh.
        key={generation}
        stored={document.businessCase}
        defaults={{
          horizonYears: sources.horizonYears,
          discountRatePercent: sources.discountRatePercent,
          casesPerYear: volumeId ? volumeBands[volumeId] : undefined,
        }}
        volumeLabel={volumeId && volumeBands[volumeId] ? volumeLabel : null}
        sources={sources}
        onSave={save}
      />
      <EstimateResult estimate={document.businessCase} references={closest.map((entry) => entry.study)} />
    </>
  );
}
