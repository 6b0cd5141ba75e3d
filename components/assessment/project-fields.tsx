"use client";

import { useLocale, useTranslations } from "next-intl";
import type { UseFormReturn } from "react-hook-form";
import { formatNumber } from "@/lib/format/number";
import { limits } from "@/lib/schemas/answers";
import type { Locale } from "@/lib/schemas/common";
import { projectFieldIds } from "./element-ids";
import type { StepFormInput, StepFormOutput } from "./step-schema";
import { TextField } from "./text-field";

/** The project's title (required), organisation and description, on the profile step. */
export function ProjectFields({ form }: { form: UseFormReturn<StepFormInput, unknown, StepFormOutput> }) {
  const t = useTranslations("assessment.project");
  const locale = useLocale() as Locale;
  const { register, formState } = form;
  const errors = formState.errors.project;
  return (
    <fieldset className="mb-7">
      <legend className="h3">{t("legend")}</legend>
      <TextField
        id={projectFieldIds.title}
        label={t("title")}
        hint={t("titleHint")}
        error={errors?.title?.message}
        maxLength={limits.titleLength}
        required
        registration={register("project.title")}
      />
      <TextField
        id={projectFieldIds.organisation}
        label={t("organisation")}
        hint={t("organisationHint")}
        error={errors?.organisation?.message}
        maxLength={limits.organisationLength}
        autoComplete="organization"
        registration={register("project.organisation")}
      />
      <TextField
        id={projectFieldIds.description}
        label={t("description")}
        hint={t("descriptionHint", {
          max: formatNumber(limits.descriptionLength, locale),
          lines: formatNumber(limits.descriptionLineBreaks, locale),
        })}
        error={errors?.description?.message}
        maxLength={limits.descriptionLength}
        multiline
        registration={register("project.description")}
      />
    </fieldset>
  );
}
