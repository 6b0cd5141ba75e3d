import presentationDa from "@/content/messages/da/presentation.json";
import presentationEn from "@/content/messages/en/presentation.json";
import type { Locale } from "../schemas/common";

/**
 * The fixed texts of every output (the results page, the PDF report, the CLI summary), from the
 * message catalogue's "presentation" namespace (content/messages/{da,en}/presentation.json).
 * Placeholders in braces ("{page}") are filled by `fillText`; the texts use no other ICU syntax, so
 * they read the same with or without next-intl (a test checks it). Labels for the engine's result
 * values live in content/result-labels.
 */
const presentationTexts = { da: presentationDa, en: presentationEn } satisfies Record<
  Locale,
  Record<keyof typeof presentationDa, string>
>;

export type ReportTextKey = keyof typeof presentationDa;
export type ReportTexts = Record<ReportTextKey, string>;

/** All fixed texts of the outputs in one language. */
export function resolveReportTexts(locale: Locale): ReportTexts {
  return presentationTexts[locale];
}

/** Fills the {placeholders} of a text; a placeholder without a value is left as it is. */
export function fillText(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}
