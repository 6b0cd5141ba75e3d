import * as z from "zod/mini";
import { answersDocumentSchema } from "./answers";

/** The JSON Schema of the answers document, generated from its zod schema (the single source). */
export function buildAnswersJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(answersDocumentSchema, { target: "draft-2020-12", io: "input" }),
    $id: "https://ai-parathed/schemas/answers.schema.json",
    title: "AI-parathed answers document",
    description:
      "An AI-parathed assessment: project, language and answers by question id. Question and option ids are listed in docs/content.md.",
  };
}
