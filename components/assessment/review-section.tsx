"use client";

import { Link } from "@/components/ui/link";
import { useLocale, useTranslations } from "next-intl";
import { localePath } from "@/components/layout/locale-path";
import type { Locale } from "@/lib/schemas/common";
import type { AssessmentStepId } from "@/lib/storage/steps";
import styles from "./assessment.module.css";

export interface ReviewRow {
  id: string;
  label: string;
  value: string;
  note?: string;
  /** The field's element id on its step, for the "Change" link. */
  targetId: string;
  missing: boolean;
}

interface ReviewSectionProps {
  /** The step the "Change" links go to; more than one section can belong to the same step. */
  step: AssessmentStepId;
  /** The heading's element id, unique on the page ("review-project", "review-legal"). */
  headingId: string;
  title: string;
  rows: ReviewRow[];
  onNavigate: (step: AssessmentStepId, targetId?: string) => void;
}

/** One step's answers on the review page, each with a link back to change it. */
export function ReviewSection({ step, headingId, title, rows, onNavigate }: ReviewSectionProps) {
  const t = useTranslations("assessment.review");
  const locale = useLocale() as Locale;
  return (
    <section className="mb-7" aria-labelledby={headingId}>
      <h2 className="h3" id={headingId}>
        {title}
      </h2>
      {rows.length === 0 ? <p>{t("noQuestionsShown")}</p> : null}
      <dl className={styles.reviewList}>
        {rows.map((row) => (
          <div key={row.id} className={styles.reviewItem}>
            <dt className={styles.reviewQuestion}>{row.label}</dt>
            <dd className={row.missing ? `${styles.reviewAnswer} ${styles.missing}` : styles.reviewAnswer}>
              {row.value}
              {row.note ? (
                <span className={styles.reviewNote}>
                  {t("note")}: {row.note}
                </span>
              ) : null}
            </dd>
            <dd className={styles.reviewChange}>
              <Link
                href={`${localePath(locale, `/assessment/${step}`)}#${row.targetId}`}
                onClick={(event) => {
                  if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
                  event.preventDefault();
                  onNavigate(step, row.targetId);
                }}
              >
                {t("change")}
                <span className="sr-only">: {row.label}</span>
              </Link>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
