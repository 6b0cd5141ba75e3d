"use client";

import { useTranslations } from "next-intl";
import { useWatch, type UseFormReturn } from "react-hook-form";
import type { EstimateFormValues } from "@/lib/business-case/estimate-form";
import type { BusinessCaseEstimate } from "@/lib/schemas/business-case-estimate";
import { ThreePointField } from "./three-point-field";

interface GainFieldsProps {
  form: UseFormReturn<EstimateFormValues, unknown, BusinessCaseEstimate>;
  errors: Record<string, string>;
  volumeLabel: string | null;
}

/** The gain: as time saved (cases × minutes × hourly cost) or as a yearly amount. */
export function GainFields({ form, errors, volumeLabel }: GainFieldsProps) {
  const t = useTranslations("businessCase.form");
  const kind = useWatch({ control: form.control, name: "gainKind" });
  const { register } = form;
  return (
    <>
      <h3>{t("gainHeading")}</h3>
      <fieldset className="mb-6">
        <legend className="form-label">{t("gainKind")}</legend>
        {(["time", "amount"] as const).map((value) => (
          <div className="form-group-radio" key={value}>
            <input
              type="radio"
              className="form-radio"
              id={`bc-gain-kind-${value}`}
              value={value}
              {...register("gainKind")}
            />
            <label className="form-label" htmlFor={`bc-gain-kind-${value}`}>
              {t(`gainKinds.${value}`)}
            </label>
          </div>
        ))}
      </fieldset>
      {kind === "amount" ? (
        <ThreePointField
          path="amountPerYear"
          legend={t("amountPerYear")}
          errors={errors}
          register={register}
        />
      ) : (
        <>
          <ThreePointField
            path="casesPerYear"
            legend={t("casesPerYear")}
            hint={volumeLabel ? t("casesPerYearHint", { band: volumeLabel }) : undefined}
            errors={errors}
            register={register}
          />
          <ThreePointField
            path="minutesPerCase"
            legend={t("minutesPerCase")}
            errors={errors}
            register={register}
          />
          <ThreePointField
            path="hourlyCost"
            legend={t("hourlyCost")}
            hint={t("hourlyCostHint")}
            errors={errors}
            register={register}
          />
        </>
      )}
    </>
  );
}
