/**
 * npm run bench:engine — how many assessments (scoring, blockers, advice, legal triage, plan and
 * matching) one process computes per second, over the six example documents.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { content } from "@/content";
import { assessProject } from "@/lib/engine/assess-project";
import { matchCases } from "@/lib/engine/match-cases";
import { validateAnswers } from "@/lib/engine/validate-answers";
import { caseIds } from "@/lib/schemas/common";

const docs = caseIds.map((id) => {
  const raw: unknown = JSON.parse(readFileSync(join(__dirname, "../../examples", `${id}.json`), "utf8"));
  const validation = validateAnswers(raw, content, "en");
  if (!validation.ok) throw new Error(`examples/${id}.json is invalid`);
  return validation.doc;
});

function measure(
  label: string,
  seconds: number,
  run: (i: number) => void,
): { label: string; perSecond: number } {
  for (let i = 0; i < 200; i++) run(i); // warm-up
  let count = 0;
  const start = process.hrtime.bigint();
  const end = start + BigInt(Math.round(seconds * 1e9));
  while (process.hrtime.bigint() < end) {
    for (let i = 0; i < 50; i++) run(count++);
  }
  const elapsed = Number(process.hrtime.bigint() - start) / 1e9;
  return { label, perSecond: count / elapsed };
}

export function benchEngine(seconds = 3) {
  return [
    measure("full assessment (assessProject)", seconds, (i) =>
      assessProject(docs[i % docs.length]!, content),
    ),
    measure("matching only (matchCases)", seconds, (i) =>
      matchCases(content, docs[i % docs.length]!.answers, []),
    ),
    measure("validation only (validateAnswers)", seconds, (i) =>
      validateAnswers(docs[i % docs.length], content, "en"),
    ),
  ];
}

if (process.argv[1]?.endsWith("bench-engine.ts")) {
  const rows = benchEngine(Number(process.env.BENCH_SECONDS ?? 3));
  console.log("Engine throughput (one process, 6 example documents, round robin)");
  for (const row of rows)
    console.log(
      `  ${row.label.padEnd(36)} ${Math.round(row.perSecond).toLocaleString("en-GB").padStart(9)} /s`,
    );
}
