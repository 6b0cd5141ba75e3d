"use client";

import { useTranslations } from "next-intl";
import type { PresentationModel } from "@/lib/report/report-model";
import type { AnswersDocument } from "@/lib/schemas/answers";
import styles from "./results.module.css";

/** The report's heading: the project and its organisation, short, so the answer follows at once. */
export function ResultsHeader({ document }: { document: AnswersDocument }) {
  const t = useTranslations("results");
  const { title, organisation } = document.project;
  return (
    <header>
      <p className="step-subheading mb-0">{t("title")}</p>
      <h1 className={styles.title}>{title}</h1>
      {organisation ? <p className={styles.organisation}>{organisation}</p> : null}
    </header>
  );
}

/** The project's description and when the answers were last changed, after the answer. */
export function ResultsProject({ document, model }: { document: AnswersDocument; model: PresentationModel }) {
  const { description } = document.project;
  return (
    <div className="mb-6">
      {description ? <p>{description}</p> : null}
      <p className="form-hint">{model.answersFrom}</p>
    </div>
  );
}
