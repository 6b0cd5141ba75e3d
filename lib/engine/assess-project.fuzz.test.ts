import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { content } from "@/content";
import { countLineBreaks, fitsNotesBudget, notesTotals, type Answer } from "@/lib/schemas/answers";
import { prerequisiteIds, readinessLevelIds } from "@/lib/schemas/common";
import { assessProject } from "./assess-project";
import { makeDocument } from "./fixtures/answers";
import { arbitraryAnswers } from "./fixtures/arbitrary-answers";
import type { AssessmentResult } from "./types";
import { validateAnswers } from "./validate-answers";

/** Every text the user types carries this mark, so an echo of it in the result is easy to find. */
const USER_MARK = "qzxuser";

const userText = (maxLength: number) =>
  fc
    .tuple(
      fc.constantFrom(
        "<script>alert(1)</script>",
        '"><img src=x onerror=alert(1)>',
        "a\u0000b",
        "\ud800",
        "\u202eevil\u202c",
        "😀👩‍👩‍👧‍👦",
        "${process.exit(1)}",
        "",
      ),
      fc.string({ unit: "grapheme", maxLength: 20 }),
      fc.nat(),
    )
    .map(([hostile, random, n]) => `${hostile}${random} ${USER_MARK}${n}`.slice(-maxLength));

/**
 * Documents the validator accepts, drawn from the real content: any subset of the questions
 * (hidden ones included), any option, "don't know" and "not applicable" where offered, notes and
 * project texts full of markup and odd characters.
 */
const acceptedDocument = fc
  .tuple(
    arbitraryAnswers(content),
    fc.array(fc.option(userText(1000), { nil: undefined }), {
      minLength: content.questions.length,
      maxLength: content.questions.length,
    }),
    // A title and an organisation are one line (lib/schemas/answers.ts).
    fc.record({
      title: userText(200).filter((text) => countLineBreaks(text) === 0),
      organisation: userText(200).filter((text) => countLineBreaks(text) === 0),
      description: userText(5000),
    }),
    fc.constantFrom("da" as const, "en" as const),
  )
  // All notes together within their budget (lib/schemas/answers.ts).
  .filter(([answers, notes]) =>
    fitsNotesBudget(
      notesTotals(Object.fromEntries(Object.keys(answers).map((id, index) => [id, { note: notes[index] }]))),
    ),
  )
  .map(([answers, notes, project, language]) => {
    const withNotes = Object.fromEntries(
      Object.entries(answers).map(([id, answer], index): [string, Answer] => {
        const note = notes[index];
        return [id, note === undefined ? answer : { ...answer, note }];
      }),
    );
    const result = validateAnswers({ ...makeDocument(withNotes), language, project }, content, language);
    if (!result.ok)
      throw new Error(`the generator made an invalid document: ${JSON.stringify(result.issues)}`);
    return result.doc;
  });

function* numbersIn(value: unknown, path = "result"): Generator<[string, number]> {
  if (typeof value === "number") yield [path, value];
  else if (Array.isArray(value))
    for (const [index, item] of value.entries()) yield* numbersIn(item, `${path}.${index}`);
  else if (typeof value === "object" && value !== null) {
    for (const [key, item] of Object.entries(value)) yield* numbersIn(item, `${path}.${key}`);
  }
}

const isPercent = (score: number | null) => score === null || (score >= 0 && score <= 100);

/** What a user would see as nonsense in a result: returned as a list so one failure shows all. */
function findNonsense(result: AssessmentResult): string[] {
  const problems = [...numbersIn(result)]
    .filter(([, number]) => !Number.isFinite(number))
    .map(([path, number]) => `${path} is ${number}`);
  const check = (holds: boolean, problem: string) => {
    if (!holds) problems.push(problem);
  };
  check(isPercent(result.overall.score), `overall score ${result.overall.score}`);
  check(
    result.overall.level === null
      ? result.overall.score === null
      : readinessLevelIds.includes(result.overall.level),
    `level ${result.overall.level} with score ${result.overall.score}`,
  );
  check(
    JSON.stringify(result.prerequisites.map((p) => p.id)) === JSON.stringify(prerequisiteIds),
    "prerequisites missing or out of order",
  );
  check(
    result.weakestPrerequisite === null || prerequisiteIds.includes(result.weakestPrerequisite),
    `weakest prerequisite ${result.weakestPrerequisite}`,
  );
  for (const section of [...result.prerequisites, ...result.advice]) {
    check(isPercent(section.score), `${section.id} score ${section.score}`);
    for (const c of section.contributions) {
      check(
        c.earned >= 0 && c.earned <= c.possible && isPercent(c.possible),
        `${c.questionId} earns ${c.earned} of ${c.possible}`,
      );
    }
  }
  for (const action of result.plan) {
    // The plan never promises a loss, even where answering brings a weak prerequisite into the mean.
    check(isPercent(action.overallGain), `${action.questionId} overall gain ${action.overallGain}`);
    check(isPercent(action.sectionGain), `${action.questionId} section gain ${action.sectionGain}`);
  }
  for (const match of result.matches) {
    check(isPercent(match.similarity), `${match.caseId} similarity ${match.similarity}`);
    for (const c of [...match.matches, ...match.differs]) {
      check(
        c.similarity >= 0 && c.similarity <= 1,
        `${match.caseId} ${c.attribute} similarity ${c.similarity}`,
      );
    }
  }
  return problems;
}

describe("assessProject on any document the validator accepts", () => {
  it("never throws and keeps every score within 0..100 or null", () => {
    fc.assert(
      fc.property(acceptedDocument, (doc) => {
        expect(findNonsense(assessProject(doc, content))).toEqual([]);
      }),
      { numRuns: 100 },
    );
  }, 30_000);

  it("gives a result that survives JSON.stringify and JSON.parse unchanged", () => {
    fc.assert(
      fc.property(acceptedDocument, (doc) => {
        const result = assessProject(doc, content);
        expect(JSON.parse(JSON.stringify(result))).toStrictEqual(result);
      }),
      { numRuns: 60 },
    );
  }, 30_000);

  it("never echoes the user's own text: no title, organisation, description or note in the result", () => {
    fc.assert(
      fc.property(acceptedDocument, (doc) => {
        const text = JSON.stringify(assessProject(doc, content));
        expect(text).not.toContain(USER_MARK);
        expect(text).not.toContain("<script>");
        expect(text).not.toContain("onerror");
      }),
      { numRuns: 60 },
    );
  }, 30_000);
});
