"use client";

import { Link } from "@/components/ui/link";
import { useLocale, useTranslations } from "next-intl";
import { memo } from "react";
import { Controller, type Control } from "react-hook-form";
import { localePath } from "@/components/layout/locale-path";
import { Icon } from "@/components/ui/icon";
import type { Locale } from "@/lib/schemas/common";
import type { AskedQuestion } from "@/lib/content/questionnaire-content";
import { toggleChoice } from "./answer-field";
import { AnswerNote } from "./answer-note";
import { ChoiceInput } from "./choice-input";
import { questionElementId } from "./element-ids";
import type { QuestionChoices } from "./question-options";
import type { StepFormInput } from "./step-schema";
import { useQuestionnaireContent } from "./assessment-context";
import styles from "./assessment.module.css";

interface QuestionFieldsetProps {
  question: AskedQuestion;
  choices: QuestionChoices;
  control: Control<StepFormInput>;
}

/**
 * One question: a fieldset with its legend, its help and case example folded behind "Help and
 * example" (unfolded where the content marks the question as hard), options and note. Memoised: it
 * re-renders only when its own field changes, not on every keystroke elsewhere in the step.
 */
export const QuestionFieldset = memo(function QuestionFieldset({
  question,
  choices,
  control,
}: QuestionFieldsetProps) {
  const t = useTranslations("assessment.question");
  const locale = useLocale() as Locale;
  const hintId = `${question.id}-hint`;
  const special = [
    ...(question.offersDontKnow ? [{ id: "dont-know", label: t("dontKnow") }] : []),
    ...(question.offersNotApplicable ? [{ id: "not-applicable", label: t("notApplicable") }] : []),
  ];
  const type = choices.multiple ? "checkbox" : "radio";

  return (
    <div className="form-group" id={questionElementId(question.id)}>
      <fieldset aria-describedby={choices.multiple ? hintId : undefined}>
        <legend className="h4">{question.text[locale]}</legend>
        {choices.multiple ? (
          <p className="form-hint mt-0" id={hintId}>
            {t("chooseAll")}
          </p>
        ) : null}
        <details className="details mb-4" open={question.helpOpen ?? false}>
          <summary className="details-summary">
            <span className="details-summary-text">
              {question.caseExample ? t("helpAndExample") : t("help")}
              <span className="sr-only">: {question.text[locale]}</span>
            </span>
          </summary>
          <div className="details-text">
            <p>{question.help[locale]}</p>
            {question.caseExample ? (
              <CaseExample caseId={question.caseExample.case} text={question.caseExample.text[locale]} />
            ) : null}
          </div>
        </details>
        <Controller
          control={control}
          name={choices.multiple ? `answers.${question.id}.choices` : `answers.${question.id}.choice`}
          render={({ field }) => {
            const isChecked = (id: string) =>
              Array.isArray(field.value) ? field.value.includes(id) : field.value === id;
            const change = (id: string, checked: boolean) => {
              if (Array.isArray(field.value)) field.onChange(toggleChoice(field.value, id, checked));
              else if (checked) field.onChange(id);
            };
            const render = (option: { id: string; label: string }, index: number) => (
              <ChoiceInput
                key={option.id}
                type={type}
                id={`${question.id}-${option.id}`}
                name={field.name}
                value={option.id}
                label={option.label}
                checked={isChecked(option.id)}
                onChange={(checked) => change(option.id, checked)}
                inputRef={index === 0 ? field.ref : undefined}
              />
            );
            return (
              <>
                {choices.options.map((option, index) =>
                  render({ id: option.id, label: option.label[locale] }, index),
                )}
                {special.length > 0 ? <p className={styles.choiceDivider}>{t("or")}</p> : null}
                {special.map((option) => render(option, -1))}
                {!Array.isArray(field.value) && field.value ? (
                  <button
                    type="button"
                    className={`function-link ${styles.clear}`}
                    onClick={() => field.onChange("")}
                  >
                    <Icon name="close" />
                    {t("clear")}
                    <span className="sr-only">: {question.text[locale]}</span>
                  </button>
                ) : null}
              </>
            );
          }}
        />
        <AnswerNote
          questionId={question.id}
          questionText={question.text[locale]}
          offersDontKnow={question.offersDontKnow}
          control={control}
        />
      </fieldset>
    </div>
  );
});

function CaseExample({ caseId, text }: { caseId: string; text: string }) {
  const t = useTranslations("assessment.question");
  const locale = useLocale() as Locale;
  const found = useQuestionnaireContent().cases.find((entry) => entry.id === caseId);
  const organisation = found?.organisation[locale] ?? caseId;
  return (
    <div className={styles.caseExample}>
      <p>
        <strong>{t("caseExample", { organisation })}</strong> {text}
      </p>
      <p>
        <Link href={localePath(locale, `/cases/${caseId}`)}>{t("readCase", { organisation })}</Link>
      </p>
    </div>
  );
}
