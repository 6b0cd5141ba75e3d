"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useDeferredValue, useMemo, useState } from "react";
import {
  useAssessmentStore,
  useResultsContent,
  useShownAssessment,
} from "@/components/assessment/assessment-context";
import { AssessmentLoading } from "@/components/assessment/assessment-loading";
import { ImportAnswers } from "@/components/assessment/import-answers";
import { UnreadableStorage } from "@/components/assessment/unreadable-storage";
import { localePath } from "@/components/layout/locale-path";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button-link";
import { assessProject } from "@/lib/engine/assess-project";
import { validateAnswers } from "@/lib/engine/validate-answers";
import type { AnswersDocument } from "@/lib/schemas/answers";
import type { Locale } from "@/lib/schemas/common";
import { hasDraftContent, type DraftDocument } from "@/lib/storage/draft-document";
import { LastResultNote } from "@/components/compare/last-result-note";
import { ResultsReport } from "./results-report";

/** Chooses what the results page can show: the report, or why there is none yet. */
export function ResultsContent() {
  const t = useTranslations("results");
  const locale = useLocale() as Locale;
  const router = useRouter();
  const snapshot = useShownAssessment();

  if (snapshot.status === "loading") return <AssessmentLoading text={t("loading")} />;
  if (snapshot.status === "unreadable") {
    return (
      <>
        <h1>{t("title")}</h1>
        <UnreadableStorage
          reason={snapshot.reason}
          raw={snapshot.raw}
          onStartedOver={() => router.push(localePath(locale, "/assessment/profile"))}
        />
      </>
    );
  }
  if (!hasDraftContent(snapshot.document)) return <NoAssessment />;
  return <ValidatedReport document={snapshot.document} />;
}

function ValidatedReport({ document }: { document: DraftDocument }) {
  const t = useTranslations("results");
  const locale = useLocale() as Locale;
  const content = useResultsContent();
  const validation = useMemo(() => validateAnswers(document, content, locale), [document, content, locale]);
  const assessed = useAssessedDocument(validation.ok ? validation.doc : null);
  // The engine runs in a render of its own, after the page has drawn the project's title.
  const toAssess = useDeferredValue(assessed, null);
  const result = useMemo(() => (toAssess ? assessProject(toAssess, content) : null), [toAssess, content]);

  if (!validation.ok || !assessed) {
    const missingTitle =
      !validation.ok && validation.issues.some((issue) => issue.path.startsWith("project.title"));
    return (
      <>
        <h1>{t("title")}</h1>
        <Alert variant="warning" heading={t("incomplete.heading")}>
          <p className="alert-text">
            {missingTitle ? t("incomplete.missingTitle") : t("incomplete.invalid")}
          </p>
          {!validation.ok && !missingTitle ? (
            <ul className="alert-text">
              {validation.issues.slice(0, 5).map((issue) => (
                <li key={`${issue.path}-${issue.message}`}>
                  <code>{issue.path}</code> {issue.message}
                </li>
              ))}
            </ul>
          ) : null}
        </Alert>
        <ButtonLink
          href={localePath(locale, missingTitle ? "/assessment/profile" : "/assessment/review")}
          icon="arrow-forward"
        >
          {missingTitle ? t("incomplete.toTitle") : t("incomplete.toReview")}
        </ButtonLink>
      </>
    );
  }
  return (
    <>
      {result && toAssess === assessed ? <LastResultNote document={validation.doc} result={result} /> : null}
      <ResultsReport document={toAssess ?? assessed} result={result} />
    </>
  );
}

/**
 * The document the report is made from, kept while only its summary of the last result changes:
 * LastResultNote writes that summary back after the first view, and it changes nothing in the
 * report, so the engine and the presentation builder do not run a second time for it.
 */
function useAssessedDocument(document: AnswersDocument | null): AnswersDocument | null {
  const key = document ? JSON.stringify({ ...document, lastResult: undefined }) : null;
  const [kept, setKept] = useState({ key, document });
  if (kept.key !== key) {
    setKept({ key, document });
    return document;
  }
  return kept.document;
}

function NoAssessment() {
  const t = useTranslations("results");
  const locale = useLocale() as Locale;
  const store = useAssessmentStore();
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="font-lead">{t("empty.text")}</p>
      <ButtonLink href={localePath(locale, "/assessment")} icon="arrow-forward">
        {t("empty.start")}
      </ButtonLink>
      <h2 className="h3 mt-8">{t("empty.importHeading")}</h2>
      <ImportAnswers hasAnswers={false} onImport={(document) => store.replaceDocument(document, "review")} />
    </>
  );
}
