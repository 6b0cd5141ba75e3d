/**
 * A stored assessment for pages that are rendered in the browser from localStorage (the
 * questionnaire's later steps and the results): one of the example documents, wrapped in the
 * envelope the app itself writes, checked against the app's own schema so a change there shows up
 * here as a clear error rather than as an empty page being measured.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { STORAGE_KEY, STORAGE_VERSION, storageEnvelopeSchema } from "@/lib/storage/envelope";
import type { AssessmentStepId } from "@/lib/storage/steps";

export interface StorageSeed {
  key: string;
  value: string;
}

const repoRoot = join(__dirname, "../..");

/** The localStorage entry of a finished assessment from examples/<example>.json. */
export function readExampleSeed(example = "faxe", step: AssessmentStepId = "review"): StorageSeed {
  const document: unknown = JSON.parse(readFileSync(join(repoRoot, "examples", `${example}.json`), "utf8"));
  const envelope = storageEnvelopeSchema.safeParse({
    storageVersion: STORAGE_VERSION,
    savedAt: new Date("2025-01-01T12:00:00Z").toISOString(),
    revision: "bench.1",
    step,
    document,
  });
  if (!envelope.success) {
    throw new Error(`examples/${example}.json does not fit the stored envelope: ${envelope.error.message}`);
  }
  return { key: STORAGE_KEY, value: JSON.stringify(envelope.data) };
}

/** A script for page.addInitScript / CDP that puts the seed into localStorage. */
export function seedScript(seed: StorageSeed): string {
  return `try { window.localStorage.setItem(${JSON.stringify(seed.key)}, ${JSON.stringify(seed.value)}); } catch {}`;
}
