"use client";

import { TableScroll } from "@/components/ui/table-scroll";
import type { ScoredAnswerRowModel } from "@/lib/report/report-model";
import type { ReportTexts } from "@/lib/report/report-texts";

interface ContributionTableProps {
  rows: ScoredAnswerRowModel[];
  caption: string;
  texts: ReportTexts;
}

/** How each answer counts towards a score: the answer, its points and its part of the score. */
export function ContributionTable({ rows, caption, texts }: ContributionTableProps) {
  return (
    <TableScroll label={caption}>
      <table className="table table--compact">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{texts.columnQuestion}</th>
            <th scope="col">{texts.columnAnswer}</th>
            <th scope="col">{texts.columnPoints}</th>
            <th scope="col">{texts.columnShare}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={`${index}-${row.question}`}>
              <th scope="row">{row.question}</th>
              <td>{row.answer}</td>
              <td>{row.points}</td>
              <td>{row.share}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
