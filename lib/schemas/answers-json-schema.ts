import * as z from "zod/mini";
import { answersDocumentSchema, limits } from "./answers";

/** The JSON Schema of the answers document, generated from its zod schema (the single source). */
export function buildAnswersJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(answersDocumentSchema, { target: "draft-2020-12", io: "input" }),
    $id: "https://ai-parathed/schemas/answers.schema.json",
    title: "AI-parathed answers document",
    description:
      "An AI-parathed assessment: project, language and answers by question id. Question and option ids are listed in docs/content.md. " +
      `All notes together may have at most ${limits.notesTotalLength} characters and ${limits.notesTotalLineBreaks} line breaks (a rule JSON Schema cannot state; the API and the app check it).`,
  };
}
