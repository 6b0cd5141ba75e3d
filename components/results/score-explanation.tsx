"use client";

import type { PrerequisiteSectionModel } from "@/lib/report/report-model";
import type { ReportTexts } from "@/lib/report/report-texts";
import { ContributionTable } from "./contribution-table";

interface ScoreExplanationProps {
  prerequisite: PrerequisiteSectionModel;
  texts: ReportTexts;
}

/** The answers behind one prerequisite's score, folded: the score, how it is counted, answer by answer. */
export function ScoreExplanation({ prerequisite, texts }: ScoreExplanationProps) {
  return (
    <details className="details">
      <summary className="details-summary">
        <span className="details-summary-text">{prerequisite.title}</span>
      </summary>
      <div className="details-text">
        <p className="mb-0">
          <strong>{texts.prerequisiteScore}:</strong> {prerequisite.scoreText}
        </p>
        <p>{prerequisite.answeredText}</p>
        <p>{texts.answersMethod}</p>
        {prerequisite.answers.length === 0 ? (
          <p>{texts.answersNone}</p>
        ) : (
          <ContributionTable
            rows={prerequisite.answers}
            caption={prerequisite.answersCaption}
            texts={texts}
          />
        )}
      </div>
    </details>
  );
}
