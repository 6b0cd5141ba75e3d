import { mkdir, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { content } from "@/content";
import type { AssessmentResult } from "@/lib/engine/types";
import type { AnswersDocument } from "@/lib/schemas/answers";
import type { Locale } from "@/lib/schemas/common";

/**
 * Writes the PDF readiness report to `outPath` (creating its folder). The renderer is imported on
 * demand: it is an ES module graph that the CLI's CommonJS loader cannot require, and the other
 * commands do not need it.
 */
export async function writePdfReport(
  doc: AnswersDocument,
  result: AssessmentResult,
  locale: Locale,
  outPath: string,
): Promise<void> {
  const { renderReport } = await import("@/components/pdf/render-report");
  const pdf = await renderReport(doc, result, content, locale);
  const target = resolve(outPath);
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, pdf);
}
