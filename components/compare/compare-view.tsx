"use client";

import { useLocale, useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { useShownAssessment } from "@/components/assessment/assessment-context";
import { AssessmentLoading } from "@/components/assessment/assessment-loading";
import { localePath } from "@/components/layout/locale-path";
import {
  AnswerFilesField,
  FileProblem,
  type LoadedAnswersFile,
} from "@/components/portfolio/answer-files-field";
import { useReportContent } from "@/components/portfolio/report-content";
import { Alert } from "@/components/ui/alert";
import { ReportDownload } from "@/components/results/report-download";
import { ButtonLink } from "@/components/ui/button-link";
import { explainVersionChange } from "@/lib/compare/diff-results";
import { assessProject } from "@/lib/engine/assess-project";
import { validateAnswers } from "@/lib/engine/validate-answers";
import { formatDate } from "@/lib/format/date";
import { toReportDate } from "@/lib/report/report-date";
import type { AnswersDocument } from "@/lib/schemas/answers";
import type { Locale } from "@/lib/schemas/common";
import { hasDraftContent } from "@/lib/storage/draft-document";
import { ProgressReport } from "./progress-report";
import { VersionChangeNote } from "./version-change-note";

/** The compare page: an earlier file of the project next to the current answers. */
export function CompareView() {
  const t = useTranslations("compare");
  const locale = useLocale() as Locale;
  const snapshot = useShownAssessment();
  if (snapshot.status === "loading") return <AssessmentLoading text={t("files.label")} />;
  if (snapshot.status === "unreadable" || !hasDraftContent(snapshot.document)) {
    return (
      <Alert variant="info" heading={t("noCurrentHeading")}>
        <p className="alert-text">{t("noCurrent")}</p>
        <ButtonLink href={localePath(locale, "/assessment")} icon="arrow-forward">
          {t("toAssessment")}
        </ButtonLink>
      </Alert>
    );
  }
  return <CompareWithCurrent draft={snapshot.document} />;
}

function CompareWithCurrent({ draft }: { draft: unknown }) {
  const t = useTranslations("compare");
  const locale = useLocale() as Locale;
  const content = useReportContent();
  const validation = useMemo(() => validateAnswers(draft, content, locale), [draft, content, locale]);
  const [earlier, setEarlier] = useState<{ name: string; document: AnswersDocument } | null>(null);
  const [problem, setProblem] = useState<LoadedAnswersFile | string | null>(null);

  if (!validation.ok) {
    return (
      <Alert variant="warning" heading={t("noCurrentHeading")}>
        <p className="alert-text">{t("invalidCurrent")}</p>
        <ButtonLink href={localePath(locale, "/assessment/review")} icon="arrow-forward">
          {t("toReview")}
        </ButtonLink>
      </Alert>
    );
  }
  const current = validation.doc;
  const date = (iso: string) => formatDate(toReportDate(new Date(iso)), locale);

  const load = ([file]: LoadedAnswersFile[]) => {
    if (!file) return;
    if (!file.result.ok) {
      setProblem(file);
      return;
    }
    const document = file.result.document;
    if (document.projectId !== current.projectId) {
      setProblem(t("otherProject", { title: document.project.title }));
      return;
    }
    setProblem(null);
    setEarlier({ name: file.name, document });
  };

  return (
    <>
      <p>{t("current", { title: current.project.title, date: date(current.updatedAt) })}</p>
      <AnswerFilesField label={t("files.label")} hint={t("files.hint")} multiple={false} onLoaded={load} />
      {problem ? (
        <Alert variant="error" heading={t("failedHeading")}>
          <p className="alert-text">
            {typeof problem === "string" ? problem : <FileProblem file={problem} />}
          </p>
        </Alert>
      ) : null}
      {earlier ? <EarlierFile name={earlier.name} document={earlier.document} current={current} /> : null}
    </>
  );
}

function EarlierFile({
  name,
  document,
  current,
}: {
  name: string;
  document: AnswersDocument;
  current: AnswersDocument;
}) {
  const t = useTranslations("compare");
  const locale = useLocale() as Locale;
  const content = useReportContent();
  const earlierResult = useMemo(() => assessProject(document, content), [document, content]);
  const change = useMemo(
    () => explainVersionChange(document.lastResult, earlierResult),
    [document, earlierResult],
  );
  return (
    <>
      <p>
        {t("earlier", { file: name, date: formatDate(toReportDate(new Date(document.updatedAt)), locale) })}
      </p>
      {change && document.lastResult ? (
        <VersionChangeNote
          change={change}
          computedAt={document.lastResult.computedAt}
          result={earlierResult}
          heading={t("versionFileHeading")}
        />
      ) : null}
      <h2 className="h3">{t("reportButtons")}</h2>
      <p>{t("reportButtonsHint")}</p>
      <ReportDownload document={current} previous={document} />
      <ProgressReport earlier={document} current={current} />
    </>
  );
}
