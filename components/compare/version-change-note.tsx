"use client";

import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { useResultsContent } from "@/components/assessment/assessment-context";
import { Alert } from "@/components/ui/alert";
import type { VersionChange } from "@/lib/compare/diff-results";
import type { AssessmentResult } from "@/lib/engine/types";
import { formatScore } from "@/lib/engine/rounding";
import { formatDate } from "@/lib/format/date";
import { toReportDate } from "@/lib/report/report-date";
import type { Locale } from "@/lib/schemas/common";

/**
 * Says that a document's result was last computed under another model or content version, and
 * what the result now says differently, instead of changing silently.
 */
export function VersionChangeNote({
  change,
  computedAt,
  result,
  heading,
  children,
}: {
  change: VersionChange;
  computedAt: string;
  result: AssessmentResult;
  heading?: string;
  children?: ReactNode;
}) {
  const t = useTranslations("compare");
  const locale = useLocale() as Locale;
  const content = useResultsContent();
  const level = (id: string | null) =>
    id === null
      ? t("noScore")
      : (content.readinessLevels.find((entry) => entry.id === id)?.label[locale] ?? id);
  const score = (value: number | null) => (value === null ? t("noScore") : formatScore(value, locale));
  const section = (id: string) => content.prerequisites.find((entry) => entry.id === id)?.title[locale] ?? id;
  const blocker = (id: string) => {
    const fired = result.blockers.find((entry) => entry.id === id);
    const known = content.blockers.find((entry) => entry.id === id);
    return fired?.title[locale] ?? known?.title[locale] ?? t("versionUnknownBlocker", { id });
  };
  const lines = [
    ...(change.level.from !== change.level.to
      ? [t("versionLevel", { from: level(change.level.from), to: level(change.level.to) })]
      : []),
    ...(change.overall.from !== change.overall.to
      ? [t("versionOverall", { from: score(change.overall.from), to: score(change.overall.to) })]
      : []),
    ...change.scores
      .filter((entry) => entry.from !== entry.to)
      .map((entry) =>
        t("versionScore", {
          prerequisite: section(entry.prerequisite),
          from: score(entry.from),
          to: score(entry.to),
        }),
      ),
    ...change.blockersCleared.map((id) => t("versionBlockerCleared", { title: blocker(id) })),
    ...change.blockersNew.map((id) => t("versionBlockerNew", { title: blocker(id) })),
  ];
  return (
    <Alert variant="warning" heading={heading ?? t("versionHeading")} announce={false} className="no-print">
      <p className="alert-text">
        {t("versionIntro", {
          date: formatDate(toReportDate(new Date(computedAt)), locale),
          fromModel: change.modelChanged?.from ?? result.modelVersion,
          fromContent: change.contentChanged?.from ?? result.contentVersion,
          toModel: result.modelVersion,
          toContent: result.contentVersion,
        })}
      </p>
      <ul className="alert-text">
        {change.modelChanged ? <li>{t("versionWhyModel")}</li> : null}
        {change.contentChanged ? <li>{t("versionWhyContent")}</li> : null}
      </ul>
      {change.resultDiffers ? (
        <>
          <p className="alert-text">{t("versionDiffers")}</p>
          <ul className="alert-text">
            {lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      ) : (
        <p className="alert-text">{t("versionSame")}</p>
      )}
      {children}
    </Alert>
  );
}
