"use client";

import { useTranslations } from "next-intl";
import { TableScroll } from "@/components/ui/table-scroll";
import type { ReportContext } from "@/lib/report/report-context";
import type { ScoreRange } from "@/lib/team/compare-participants";
import type { Participant } from "./team-view";

/** Per prerequisite, the score each participant's answers give, and the range. */
export function ScoreRanges({
  ranges,
  participants,
  context,
}: {
  ranges: readonly ScoreRange[];
  participants: readonly Participant[];
  context: ReportContext;
}) {
  const t = useTranslations("team");
  const score = (value: number | null) => (value === null ? t("noRange") : context.number(value));
  return (
    <>
      <h2>{t("rangesHeading")}</h2>
      <p>{t("rangesIntro")}</p>
      <TableScroll label={t("rangesHeading")}>
        <table className="table table--compact">
          <thead>
            <tr>
              <th scope="col">{t("prerequisiteColumn")}</th>
              {participants.map((participant) => (
                <th scope="col" key={participant.fileName + participant.label}>
                  {participant.label}
                </th>
              ))}
              <th scope="col">{t("rangeColumn")}</th>
            </tr>
          </thead>
          <tbody>
            {ranges.map((range) => (
              <tr key={range.prerequisite}>
                <th scope="row">{context.sectionTitle(range.prerequisite)}</th>
                {range.scores.map((value, index) => (
                  <td key={index}>{score(value)}</td>
                ))}
                <td>
                  {range.min === null || range.max === null
                    ? t("noRange")
                    : t("range", { min: context.number(range.min), max: context.number(range.max) })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
