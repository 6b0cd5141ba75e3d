/**
 * `npm run assess`: the CLI's work, apart from the process it runs in (scripts/assess.ts), so that
 * tests can run it without starting a process for each case.
 */
import { readFileSync } from "node:fs";
import { content } from "@/content";
import { assessProject } from "@/lib/engine/assess-project";
import { parseJsonText, validateAnswers } from "@/lib/engine/validate-answers";
import type { Locale } from "@/lib/schemas/common";
import { computeBusinessCase } from "@/lib/business-case/compute-business-case";
import { buildPresentation } from "@/lib/report/build-report-model";
import { fillText, resolveReportTexts } from "@/lib/report/report-texts";
import { formatBusinessCase } from "./format-business-case";
import { formatSummary } from "./format-summary";
import { parseCliArgs, usage } from "./parse-args";
import { writePdfReport } from "./write-pdf";

/** Where the CLI writes: the process's streams, or a test's buffers. */
export interface CliOutput {
  /** Resolves when the text is handed on (see `writeOut` in scripts/assess.ts). */
  stdout(text: string): Promise<void>;
  stderr(text: string): void;
}

/**
 * The CLI itself: reads, checks and scores the answers file named in `argv` and writes the summary
 * (or JSON, or a PDF). Returns the exit code: 0 done, 1 the file cannot be read or is invalid,
 * 2 bad arguments.
 */
export async function runAssess(argv: string[], out: CliOutput): Promise<number> {
  const args = parseCliArgs(argv);
  if (!args.ok) {
    out.stderr(`${args.message}\n\n${usage}\n`);
    return 2;
  }
  const { file, json, pdf } = args.value;
  const messageLocale: Locale = args.value.lang ?? "da";
  const messages = resolveReportTexts(messageLocale);

  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    const reason =
      error instanceof Error && "code" in error && error.code === "ENOENT"
        ? messages.cliFileMissing
        : String(error);
    out.stderr(`${fillText(messages.cliCannotRead, { file, reason })}\n`);
    return 1;
  }

  const parsed = parseJsonText(text, messageLocale);
  const validation = parsed.ok ? validateAnswers(parsed.value, content, messageLocale) : parsed;
  if (!validation.ok) {
    const title = fillText(messages.cliInvalid, { file });
    out.stderr(`${title}\n${validation.issues.map((i) => `  ${i.path}: ${i.message}`).join("\n")}\n`);
    return 1;
  }

  const doc = validation.doc;
  const locale: Locale = args.value.lang ?? doc.language;
  const result = assessProject(doc, content);
  if (pdf) {
    await writePdfReport(doc, result, locale, pdf);
    out.stderr(`${fillText(resolveReportTexts(locale).cliReportWritten, { file: pdf })}\n`);
  }
  const businessCase = doc.businessCase ? computeBusinessCase(doc.businessCase) : null;
  if (json) {
    const output = args.value.businessCase && businessCase ? { ...result, businessCase } : result;
    await out.stdout(`${JSON.stringify(output, null, 2)}\n`);
  } else {
    await out.stdout(formatSummary(buildPresentation(doc, result, content, locale)));
    if (args.value.businessCase) await out.stdout(`\n${formatBusinessCase(result, businessCase, locale)}`);
  }
  return 0;
}
