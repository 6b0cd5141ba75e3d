"use client";

import { useTranslations } from "next-intl";
import type { UseFormRegister } from "react-hook-form";
import type { EstimateFormValues } from "@/lib/business-case/estimate-form";
import { NumberInput } from "./number-input";
import styles from "./business-case.module.css";

type ThreePointPath =
  | `investment.${"trial" | "hardening" | "implementation"}`
  | "annualOperation"
  | "casesPerYear"
  | "minutesPerCase"
  | "hourlyCost"
  | "amountPerYear";

interface ThreePointFieldProps {
  path: ThreePointPath;
  legend: string;
  hint?: string;
  errors: Record<string, string>;
  register: UseFormRegister<EstimateFormValues>;
}

/** One three-point estimate: a fieldset with minimum, most likely and maximum side by side. */
export function ThreePointField({ path, legend, hint, errors, register }: ThreePointFieldProps) {
  const t = useTranslations("businessCase.form");
  return (
    <fieldset className={styles.threePoint}>
      <legend className="form-label">{legend}</legend>
      {hint ? <p className="form-hint mt-0">{hint}</p> : null}
      <div className={styles.points}>
        {(["min", "mostLikely", "max"] as const).map((point) => (
          <NumberInput
            key={point}
            path={`${path}.${point}`}
            label={t(point)}
            error={errors[`${path}.${point}`]}
            registration={register(`${path}.${point}`)}
          />
        ))}
      </div>
    </fieldset>
  );
}
