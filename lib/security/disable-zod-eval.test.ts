import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { answersDocumentSchema } from "../schemas/answers";
import { migrateAnswersDocument } from "@/lib/schemas/migrate-answers-document";
import { storageEnvelopeSchema } from "../storage/envelope";
import { disableZodEval } from "./disable-zod-eval";

describe("disableZodEval", () => {
  it("lets zod parse objects without compiling code, which the page's policy would block", () => {
    disableZodEval();
    const compile = vi.spyOn(globalThis, "Function");
    const schema = z.object({
      title: z.string(),
      answers: z.record(z.string(), z.object({ value: z.string() })),
    });
    for (let round = 0; round < 3; round += 1) {
      expect(schema.parse({ title: "x", answers: { a: { value: "b" } } })).toEqual({
        title: "x",
        answers: { a: { value: "b" } },
      });
    }
    expect(compile).not.toHaveBeenCalled();
  });

  it("leaves the schemas the browser loads (zod/mini) parsing without compiling code", () => {
    disableZodEval();
    const compile = vi.spyOn(globalThis, "Function");
    const example = migrateAnswersDocument(
      JSON.parse(readFileSync(join(__dirname, "../../examples/naestved.json"), "utf8")),
    );
    const document = answersDocumentSchema.parse(example);
    const envelope = {
      storageVersion: 2,
      revision: "tab.1",
      savedAt: document.updatedAt,
      step: "review",
      document,
    };
    for (let round = 0; round < 3; round += 1) {
      expect(answersDocumentSchema.parse(example)).toEqual(document);
      expect(storageEnvelopeSchema.parse(envelope)).toEqual(envelope);
    }
    expect(compile).not.toHaveBeenCalled();
  });
});
