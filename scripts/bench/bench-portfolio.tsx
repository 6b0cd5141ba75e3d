/**
 * npm run bench:portfolio — the portfolio page's work for 200 answers files, as the browser does
 * it: read and check each file (parseAnswersFileBytes with validateAnswers), assess it and lay out
 * its row with the report's presentation model (buildPortfolioRow), then render the table
 * (react-dom/server, with the page's messages). Prints the median of five runs and the load average.
 */
import { loadavg } from "node:os";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { NextIntlClientProvider } from "next-intl";
import { renderToString } from "react-dom/server";
import { content } from "@/content";
import { PortfolioTable } from "@/components/portfolio/portfolio-table";
import { messagesByLocale } from "@/i18n/messages";
import { localizeContent } from "@/lib/content/localize-content";
import { validateAnswers } from "@/lib/engine/validate-answers";
import { buildPortfolioRow, type PortfolioRow } from "@/lib/portfolio/build-portfolio-row";
import { caseIds } from "@/lib/schemas/common";
import { parseAnswersFileBytes } from "@/lib/storage/answers-file";

const FILES = 200;
const pageContent = localizeContent(content, "da");
const examples = caseIds.map((id) =>
  JSON.parse(readFileSync(join(__dirname, "../../examples", `${id}.json`), "utf8")),
);
const files = Array.from({ length: FILES }, (_, index) => {
  const example = examples[index % examples.length];
  const document = {
    ...example,
    projectId: `bench-project-${String(index).padStart(4, "0")}`,
    project: { ...example.project, title: `${example.project.title} ${index + 1}` },
  };
  return new TextEncoder().encode(JSON.stringify(document, null, 2));
});

function run(): { load: number; render: number } {
  const start = performance.now();
  const now = new Date();
  const rows: PortfolioRow[] = files.map((bytes, index) => {
    const result = parseAnswersFileBytes(bytes, (input) => validateAnswers(input, pageContent, "da"));
    if (!result.ok) throw new Error(`file ${index} did not load`);
    return buildPortfolioRow(`projekt-${index + 1}.json`, result.document, pageContent, "da", now);
  });
  const loaded = performance.now();
  const html = renderToString(
    <NextIntlClientProvider locale="da" messages={messagesByLocale.da} timeZone="Europe/Copenhagen">
      <PortfolioTable rows={rows} sort={{ key: "project", direction: "ascending" }} onSort={() => {}} />
    </NextIntlClientProvider>,
  );
  if (!html.includes(rows[FILES - 1]?.project ?? "?")) throw new Error("the table misses a row");
  return { load: loaded - start, render: performance.now() - loaded };
}

run();
const runs = Array.from({ length: 5 }, run);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const load = median(runs.map((entry) => entry.load));
const render = median(runs.map((entry) => entry.render));
console.log(`Portfolio, ${FILES} files (median of 5 runs, Node ${process.version}):`);
console.log(`  read, check, assess and lay out rows: ${load.toFixed(0)} ms`);
console.log(`  render the table:                     ${render.toFixed(0)} ms`);
console.log(`  total:                                ${(load + render).toFixed(0)} ms`);
console.log(
  `  load average: ${loadavg()
    .map((value) => value.toFixed(2))
    .join(", ")}`,
);
