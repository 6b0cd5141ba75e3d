import type { Locale } from "../schemas/common";

const separators: Record<Locale, { group: string; decimal: string }> = {
  da: { group: ".", decimal: "," },
  en: { group: ",", decimal: "." },
};

function escape(character: string): string {
  return character === "." ? "\\." : character;
}

/**
 * Reads a number as people type it in the language of the page: "250.000", "3,5" and "1 200" in
 * Danish; "250,000", "3.5" and "1 200" in English. A separator that cannot be a thousands
 * separator (not followed by groups of three digits) is read as the decimal mark, so "3.5" is 3.5
 * on a Danish page too. Returns null for anything else (letters, two decimal marks, an empty text).
 */
export function parseLocaleNumber(text: string, locale: Locale): number | null {
  const compact = text.replace(/[\s\u00a0\u202f]/g, "").replace(/^\u2212/, "-");
  if (compact === "") return null;
  const { group, decimal } = separators[locale];
  const grouped = new RegExp(`^-?\\d{1,3}(${escape(group)}\\d{3})+(${escape(decimal)}\\d+)?$`);
  const plain = new RegExp(`^-?\\d+(${escape(decimal)}\\d+)?$`);
  const otherDecimal = new RegExp(`^-?\\d+${escape(group)}\\d+$`);
  let normalised: string;
  if (grouped.test(compact)) normalised = compact.split(group).join("").replace(decimal, ".");
  else if (plain.test(compact)) normalised = compact.replace(decimal, ".");
  else if (otherDecimal.test(compact)) normalised = compact.replace(group, ".");
  else return null;
  const value = Number(normalised);
  return Number.isFinite(value) ? value : null;
}
