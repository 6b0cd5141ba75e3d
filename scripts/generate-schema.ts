import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildAnswersJsonSchema } from "../lib/schemas/answers-json-schema";

const target = join(__dirname, "..", "docs", "answers.schema.json");
writeFileSync(target, `${JSON.stringify(buildAnswersJsonSchema(), null, 2)}\n`);
console.log(`Wrote ${target}`);
