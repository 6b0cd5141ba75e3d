import type { LocalizedText } from "../schemas/common";

/**
 * A content text with its {placeholders} filled, each language from the same language of the
 * value. A placeholder without a value is left as written, so a content error shows rather than
 * vanishes.
 */
export function fillText(
  template: LocalizedText,
  values: Readonly<Record<string, LocalizedText>> = {},
): LocalizedText {
  const fill = (text: string, locale: keyof LocalizedText): string =>
    text.replace(/\{(\w+)\}/g, (whole, name: string) =>
      Object.hasOwn(values, name) ? (values[name]?.[locale] ?? whole) : whole,
    );
  return { da: fill(template.da, "da"), en: fill(template.en, "en") };
}
