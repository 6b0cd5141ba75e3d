import type { LegalFinding } from "../engine/types";
import type { Locale } from "../schemas/common";

/** A legal finding's text in one language: the one place the outputs read it. */
export function findingText(finding: Pick<LegalFinding, "text">, locale: Locale): string {
  return finding.text[locale];
}
