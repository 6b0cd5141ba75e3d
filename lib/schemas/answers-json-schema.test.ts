import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildAnswersJsonSchema } from "./answers-json-schema";

describe("the committed JSON Schema of the answers document", () => {
  it("equals the one generated from the zod schema (run npm run schema:generate)", () => {
    const committed = JSON.parse(readFileSync(join(__dirname, "../../docs/answers.schema.json"), "utf8"));
    expect(committed).toEqual(buildAnswersJsonSchema());
  });

  it("requires the schema version, language, project and answers", () => {
    const schema = buildAnswersJsonSchema() as { required?: string[] };
    expect(schema.required).toEqual(
      expect.arrayContaining(["schemaVersion", "language", "project", "answers"]),
    );
  });
});
