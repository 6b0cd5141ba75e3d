/**
 * npm run assess -- answers.json [--lang da|en] [--json] [--pdf out.pdf] [--business-case]
 * Scores an answers document and prints a readable summary (or the JSON result).
 */
import { readFileSync } from "node:fs";
import { content } from "@/content";
import { assessProject } from "@/lib/engine/assess-project";
import { parseJsonText, validateAnswers } from "@/lib/engine/validate-answers";
import type { Locale } from "@/lib/schemas/common";
import { computeBusinessCase } from "@/lib/business-case/compute-business-case";
import { buildPresentation } from "@/lib/report/build-report-model";
import { fillText, resolveReportTexts } from "@/lib/report/report-texts";
import { formatBusinessCase } from "./cli/format-business-case";
import { formatSummary } from "./cli/format-summary";
import { parseCliArgs, usage } from "./cli/parse-args";
import { writePdfReport } from "./cli/write-pdf";

async function main(argv: string[]): Promise<number> {
  const args = parseCliArgs(argv);
  if (!args.ok) {
    process.stderr.write(`${args.message}\n\n${usage}\n`);
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
    process.stderr.write(`${fillText(messages.cliCannotRead, { file, reason })}\n`);
    return 1;
  }

  const parsed = parseJsonText(text, messageLocale);
  const validation = parsed.ok ? validateAnswers(parsed.value, content, messageLocale) : parsed;
  if (!validation.ok) {
    const title = fillText(messages.cliInvalid, { file });
    process.stderr.write(
      `${title}\n${validation.issues.map((i) => `  ${i.path}: ${i.message}`).join("\n")}\n`,
    );
    return 1;
  }

  const doc = validation.doc;
  const locale: Locale = args.value.lang ?? doc.language;
  const result = assessProject(doc, content);
  if (pdf) {
    await writePdfReport(doc, result, locale, pdf);
    process.stderr.write(`${fillText(resolveReportTexts(locale).cliReportWritten, { file: pdf })}\n`);
  }
  const businessCase = doc.businessCase ? computeBusinessCase(doc.businessCase) : null;
  if (json) {
    const output = args.value.businessCase && businessCase ? { ...result, businessCase } : result;
    await writeOut(`${JSON.stringify(output, null, 2)}\n`);
  } else {
    await writeOut(formatSummary(buildPresentation(doc, result, content, locale)));
    if (args.value.businessCase) await writeOut(`\n${formatBusinessCase(result, businessCase, locale)}`);
  }
  return 0;
}

/**
 * Writes to stdout and waits until the text is handed on: to a pipe, stdout writes asynchronously,
 * and exiting sooner would cut the output at the pipe's buffer (64 KiB) for a slow reader.
 */
function writeOut(text: string): Promise<void> {
  return new Promise((resolve, reject) =>
    process.stdout.write(text, (error) => (error ? reject(error) : resolve())),
  );
}

main(process.argv.slice(2)).then(
  // exitCode, not exit(): exit() would cut off output still queued for a pipe (over 64 KB of JSON).
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
