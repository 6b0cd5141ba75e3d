import { describe, expect, it } from "vitest";
import { buildStepSchema, type ValidationMessages } from "./step-schema";

const messages: ValidationMessages = (key, { max, length, lineBreaks }) =>
  length === undefined ? `${key}:${max}` : `${key}:${length}/${lineBreaks}`;
const empty = { title: "", organisation: "", description: "" };
const answer = (note = "") => ({ choice: "", choices: [], note });

function errorsOf(result: ReturnType<ReturnType<typeof buildStepSchema>["safeParse"]>) {
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join(".")} ${issue.message}`);
}

describe("the step form's rules", () => {
  it("requires a project title on the profile step, and a blank one counts as missing", () => {
    const schema = buildStepSchema("profile", messages);
    expect(errorsOf(schema.safeParse({ project: { ...empty, title: "   " }, answers: {} }))).toEqual([
      "project.title titleRequired:200",
    ]);
    expect(errorsOf(schema.safeParse({ project: { ...empty, title: "Chatbot" }, answers: {} }))).toEqual([]);
  });

  it("counts a title of invisible characters as missing, and refuses more line breaks than the document allows", () => {
    const schema = buildStepSchema("profile", messages);
    const breaks = (count: number) => "x\n".repeat(count);
    const result = schema.safeParse({
      project: { ...empty, title: "\u200b\u00ad", description: breaks(61) },
      answers: { domain: answer(breaks(31)) },
    });
    expect(errorsOf(result)).toEqual([
      "project.title titleRequired:200",
      "project.description descriptionTooManyLines:60",
      "answers.domain.note noteTooManyLines:30",
    ]);
    const atLimit = schema.safeParse({
      project: { ...empty, title: "T", description: breaks(60) },
      answers: { domain: answer(breaks(30)) },
    });
    expect(errorsOf(atLimit)).toEqual([]);
  });

  it("refuses texts longer than the answers document can hold", () => {
    const schema = buildStepSchema("profile", messages);
    const result = schema.safeParse({
      project: { title: "x".repeat(201), organisation: "o".repeat(201), description: "d".repeat(5001) },
      answers: { domain: answer("n".repeat(1001)) },
    });
    expect(errorsOf(result)).toEqual([
      "project.title titleTooLong:200",
      "project.organisation organisationTooLong:200",
      "project.description descriptionTooLong:5000",
      "answers.domain.note noteTooLong:1000",
    ]);
  });

  it("marks every note on the step when the notes of the whole document are over their budget", () => {
    const elsewhere = { length: 19_500, lineBreaks: 390 };
    const schema = buildStepSchema("legal", messages, elsewhere);
    const result = schema.safeParse({
      project: empty,
      answers: { "legal-dpia": answer("n".repeat(600)), "legal-transparency": answer("a\nb"), x: answer() },
    });
    expect(errorsOf(result)).toEqual(
      ["legal-dpia.note notesOverBudget:20103/391", "legal-transparency.note notesOverBudget:20103/391"].map(
        (error) => `answers.${error}`,
      ),
    );
    // Up to the budget, and over it in line breaks alone.
    const within = { "legal-dpia": answer("n".repeat(500)) };
    expect(errorsOf(schema.safeParse({ project: empty, answers: within }))).toEqual([]);
    const lines = { "legal-dpia": answer("\n".repeat(11)) };
    expect(errorsOf(schema.safeParse({ project: empty, answers: lines }))).toEqual([
      "answers.legal-dpia.note notesOverBudget:19511/401",
    ]);
  });

  it("lets the user skip every question", () => {
    const schema = buildStepSchema("legal", messages);
    expect(errorsOf(schema.safeParse({ project: empty, answers: { "legal-dpia": answer() } }))).toEqual([]);
  });
});
