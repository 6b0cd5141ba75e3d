"use client";

import { useLocale, useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/assessment/error-summary";
import { Alert } from "@/components/ui/alert";
import type { BusinessCaseEstimate } from "@/lib/schemas/business-case-estimate";
import { formatNumber } from "@/lib/format/number";
import type { Locale } from "@/lib/schemas/common";
import { GainFields } from "./gain-fields";
import { NumberInput } from "./number-input";
import { ThreePointField } from "./three-point-field";
import { useEstimateForm } from "./use-estimate-form";
import styles from "./business-case.module.css";

interface EstimateFormProps {
  stored: BusinessCaseEstimate | undefined;
  defaults: {
    horizonYears: number;
    discountRatePercent: number;
    casesPerYear?: { min?: number; max?: number };
  };
  /** Where the prefilled cases a year come from (the profile's answer), if they do. */
  volumeLabel: string | null;
  sources: { horizon: string; discountRate: string };
  onSave: (estimate: BusinessCaseEstimate) => boolean;
}

/** The user's own three-point estimate: investment by phase, operation, gains, ramp, horizon and rate. */
export function EstimateForm({ stored, defaults, volumeLabel, sources, onSave }: EstimateFormProps) {
  const t = useTranslations("businessCase.form");
  const locale = useLocale() as Locale;
  const { form, errors, summary, attempt, saved, submit } = useEstimateForm(stored, defaults, onSave);
  const { register } = form;
  return (
    <form noValidate onSubmit={submit} aria-labelledby="estimate-heading">
      <h2 id="estimate-heading">{t("heading")}</h2>
      <p>{t("intro")}</p>
      <ErrorSummary errors={summary} attempt={attempt} />
      {summary.length > 0 ? (
        <p>{t("errorSummary", { count: summary.length, countText: formatNumber(summary.length, locale) })}</p>
      ) : null}
      <h3>{t("investmentHeading")}</h3>
      <p className="form-hint">{t("investmentHint")}</p>
      {(["trial", "hardening", "implementation"] as const).map((phase) => (
        <ThreePointField
          key={phase}
          path={`investment.${phase}`}
          legend={t(`phases.${phase}`)}
          errors={errors}
          register={register}
        />
      ))}
      <ThreePointField
        path="annualOperation"
        legend={t("annualOperation")}
        errors={errors}
        register={register}
      />
      <GainFields form={form} errors={errors} volumeLabel={volumeLabel} />
      <h3>{t("realisationHeading")}</h3>
      <p className="form-hint">{t("realisationHint")}</p>
      <div className={styles.points}>
        <NumberInput
          path="firstYearPercent"
          label={t("firstYearPercent")}
          error={errors.firstYearPercent}
          registration={register("firstYearPercent")}
        />
        <NumberInput
          path="fullFromYear"
          label={t("fullFromYear")}
          error={errors.fullFromYear}
          registration={register("fullFromYear")}
        />
      </div>
      <h3>{t("termsHeading")}</h3>
      <NumberInput
        path="horizonYears"
        label={t("horizonYears")}
        hint={sources.horizon}
        error={errors.horizonYears}
        registration={register("horizonYears")}
      />
      <NumberInput
        path="discountRatePercent"
        label={t("discountRatePercent")}
        hint={sources.discountRate}
        error={errors.discountRatePercent}
        registration={register("discountRatePercent")}
      />
      <button type="submit" className="button button-primary mt-5">
        {t("submit")}
      </button>
      {saved !== null ? (
        <Alert variant={saved ? "success" : "error"} announce className="mt-5">
          <p className="alert-text">{saved ? t("saved") : t("notSaved")}</p>
        </Alert>
      ) : null}
    </form>
  );
}
