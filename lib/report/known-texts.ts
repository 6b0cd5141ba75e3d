import casesDa from "@/content/messages/da/cases.json";
import casesEn from "@/content/messages/en/cases.json";
import * as resultLabels from "@/content/result-labels";
import type { Content } from "../schemas/content";
import { resolveReportTexts } from "./report-texts";

function collectStrings(value: unknown, into: Set<string>): void {
  if (typeof value === "string") into.add(value);
  else if (Array.isArray(value)) value.forEach((item) => collectStrings(item, into));
  else if (value !== null && typeof value === "object")
    Object.values(value).forEach((item) => collectStrings(item, into));
}

/**
 * Every fixed text the report can print: the content, the report's own texts and the shared
 * result labels, in both languages. None of it comes from a user, so it may be kept in memory
 * between requests (the renderer caches its shaped glyphs).
 */
export function collectKnownTexts(content: Content): ReadonlySet<string> {
  const texts = new Set<string>();
  collectStrings(content, texts);
  collectStrings(resolveReportTexts("da"), texts);
  collectStrings(resolveReportTexts("en"), texts);
  collectStrings(resultLabels, texts);
  collectStrings([casesDa.detail, casesEn.detail], texts);
  return texts;
}
