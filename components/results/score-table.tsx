"use client";

import { TableScroll } from "@/components/ui/table-scroll";
import type { ChartModel } from "@/lib/report/report-model";
import type { ReportTexts } from "@/lib/report/report-texts";
import styles from "./results.module.css";

/** The scores as a table, as the report has it: the charts' text alternative. */
export function ScoreTable({ chart, texts }: { chart: ChartModel; texts: ReportTexts }) {
  return (
    <TableScroll label={texts.chartTableCaption}>
      <table className="table table--compact">
        <caption className="sr-only">{texts.chartTableCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{texts.chartPrerequisite}</th>
            <th scope="col">{texts.chartScore}</th>
            <th scope="col">{texts.chartAnswered}</th>
          </tr>
        </thead>
        <tbody>
          {chart.rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">{row.title}</th>
              <td>{row.scoreText}</td>
              <td>{row.answeredText}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className={styles.overallRow}>
            <th scope="row">{texts.chartOverall}</th>
            <td>{chart.overallText}</td>
            <td />
          </tr>
        </tfoot>
      </table>
    </TableScroll>
  );
}
