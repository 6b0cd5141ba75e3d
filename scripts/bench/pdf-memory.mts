/**
 * npm run bench:pdf-memory — does rendering reports leave memory behind?
 *
 * Renders REPORTS full readiness reports (default 1,200) in this process, as POST /api/report
 * does: each with a title of its own, Danish and English in turns. At checkpoints it forces a
 * full garbage collection and prints the live heap, the heap V8 has reserved and the process's
 * RSS. A leak shows as a live heap that keeps growing; V8 keeping freed pages for later shows
 * only in the reserved heap and the RSS.
 *
 * Needs node's --expose-gc and NODE_ENV=production, which the npm script passes. The server runs
 * React's production build; the development build keeps a performance entry for every update it
 * renders (React's performance tracks), about 2 kB per report that are never released.
 */
import { renderReport, reportCacheStatistics } from "@/components/pdf/render-report";
import { content } from "@/content";
import { assessProject } from "@/lib/engine/assess-project";
import { buildRealisticDocument } from "@/lib/report/report-test-documents";

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) {
  process.stderr.write("Run with node --expose-gc (npm run bench:pdf-memory does).\n");
  process.exit(2);
}
if (process.env.NODE_ENV !== "production") {
  process.stderr.write("Run with NODE_ENV=production, as the server runs (npm run bench:pdf-memory does).\n");
  process.exit(2);
}
const total = Number(process.env.REPORTS ?? 1200);
if (!Number.isInteger(total) || total < 200) {
  process.stderr.write(`REPORTS must be a whole number of at least 200, not ${process.env.REPORTS}\n`);
  process.exit(2);
}

const checkpoints = new Set([
  10,
  100,
  ...Array.from({ length: Math.floor(total / 200) }, (_, i) => (i + 1) * 200),
  total,
]);
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const documents = { da: buildRealisticDocument("da"), en: buildRealisticDocument("en") };

async function liveHeap(): Promise<NodeJS.MemoryUsage> {
  // Let the queue and React's scheduler finish what they hold, then collect twice (weak refs).
  await new Promise((resolve) => setTimeout(resolve, 50));
  gc!();
  gc!();
  return process.memoryUsage();
}

const rows: { reports: number; heapUsed: number }[] = [];
console.log(`Rendering ${total} reports in one process (Node ${process.version})`);
console.log(
  "| Reports | Live heap after GC (MB) | Heap reserved (MB) | RSS (MB) | External (MB) | Text layout cache (characters) | Shaping caches (characters, per face) |",
);
console.log("|---:|---:|---:|---:|---:|---:|---|");
const started = performance.now();
for (let i = 1; i <= total; i++) {
  const locale = i % 2 === 0 ? "en" : "da";
  const base = documents[locale];
  const doc = { ...base, project: { ...base.project, title: `${base.project.title} (${i})` } };
  await renderReport(doc, assessProject(doc, content), content, locale, { generatedAt: new Date() });
  if (checkpoints.has(i)) {
    const memory = await liveHeap();
    rows.push({ reports: i, heapUsed: memory.heapUsed });
    const caches = reportCacheStatistics();
    console.log(
      `| ${i} | ${mb(memory.heapUsed)} | ${mb(memory.heapTotal)} | ${mb(memory.rss)} | ${mb(memory.external)} ` +
        `| ${caches.textLayout.characters} | ${caches.shapingCharacters.join(" / ")} |`,
    );
  }
}
const seconds = (performance.now() - started) / 1000;
const half = rows.find((row) => row.reports >= total / 2) ?? rows[0]!;
const last = rows[rows.length - 1]!;
const perReport = (last.heapUsed - half.heapUsed) / (last.reports - half.reports);
console.log(
  `\n${total} reports in ${seconds.toFixed(0)} s. Live heap from report ${half.reports} to ${last.reports}: ` +
    `${perReport >= 0 ? "+" : ""}${mb(last.heapUsed - half.heapUsed)} MB (${(perReport / 1024).toFixed(2)} kB per report).`,
);
