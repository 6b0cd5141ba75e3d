import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { content } from "@/content";
import {
  answerSchema,
  countLineBreaks,
  fitsNotesBudget,
  notesTotals,
  hasVisibleCharacter,
  limits,
  type Answer,
  type AnswersDocument,
} from "@/lib/schemas/answers";
import type { Locale } from "@/lib/schemas/common";
import type { Question } from "@/lib/schemas/question";
import { dontKnow, makeDocument, notApplicable, option, options } from "./fixtures/answers";
import { arbitraryAnswers } from "./fixtures/arbitrary-answers";
import { parseJsonText, validateAnswers, type ValidationResult } from "./validate-answers";

const locales: Locale[] = ["da", "en"];
/** Any code point, lone surrogates included (fast-check's "binary" unit does the same, but slowly on first use). */
const anyCodePoint = fc.nat({ max: 0x10ffff }).map((code) => String.fromCodePoint(code));
const locale = fc.constantFrom(...locales);
const rootPath: Record<Locale, string> = { da: "dokumentet", en: "document" };
const documentFields = ["schemaVersion", "language", "project", "answers", "createdAt", "updatedAt"];

/** Every message starts with a word of the requested language ("mangler", "ukendt" / "is missing", "unknown"). */
const firstWord: Record<Locale, RegExp> = {
  da: /^(mangler|ukendt|skal|må|er|har|spørgsmålet|svarmuligheden|"ved ikke"|"ikke relevant"|og|højst|svartypen|dokumentet)(?=[\s:;,]|$)/,
  en: /^(is|unknown|must|may|the|and|at|has|does|"don't know"|"not applicable")(?=[\s:;,]|$)/,
};

/** Characters that could hide or reorder a message on screen. */
const invisible = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/u;

/**
 * The refusal a user can act on: at least one issue, each with a field and a message in their
 * language that shows no invisible characters, stays short and does not contradict itself.
 */
function expectClearRefusal(result: ValidationResult, language: Locale): { path: string; message: string }[] {
  expect(result.ok).toBe(false);
  if (result.ok) return [];
  expect(result.issues.length).toBeGreaterThan(0);
  expect(result.issues.length).toBeLessThanOrEqual(50);
  for (const { path, message } of result.issues) {
    expect(path.trim()).not.toBe("");
    expect(message.trim()).not.toBe("");
    expect(message).toMatch(firstWord[language]);
    expect(message).not.toMatch(invisible);
    expect(path).not.toMatch(invisible);
    expect(message.length + path.length).toBeLessThan(400);
    // "must be an object, not an object" tells the user nothing.
    expect(message).not.toMatch(/^(?:skal være|must be) (.+), (?:ikke|not) \1$/);
  }
  return result.issues;
}

function expectIssueAt(issues: { path: string }[], path: string) {
  expect(issues.map((issue) => issue.path)).toContainEqual(
    expect.stringMatching(new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(\\.|$)`)),
  );
}

const questionsWhere = (predicate: (question: Question) => boolean) => content.questions.filter(predicate);
const multiAttributes = new Set(content.vocabulary.filter((a) => a.cardinality === "multi").map((a) => a.id));
const isMulti = (question: Question) =>
  question.section === "profile" && multiAttributes.has(question.attribute);
const optionIdsOf = (question: Question): string[] =>
  question.section === "profile"
    ? (content.vocabulary.find((a) => a.id === question.attribute)?.values.map((v) => v.id) ?? [])
    : question.options.map((o) => o.id);

const questionIds = new Set(content.questions.map((question) => question.id));
const kebabId = fc.stringMatching(/^[a-z0-9]{1,12}(-[a-z0-9]{1,12}){0,3}$/);

const hostileString = fc.oneof(
  fc.constantFrom(
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "\u0000",
    "a\u0000b",
    "\ud800",
    "x\udfff",
    "\u202eevil\u202c",
    "\u200f\u200e",
    "😀",
    "👩‍👩‍👧‍👦",
    "'; DROP TABLE answers; --",
    "${process.exit(1)}",
    "__proto__",
    "constructor",
    "prototype",
    "\n\r\t",
    "\u2028\u2029",
    "x".repeat(10_000),
  ),
  fc.string({ unit: anyCodePoint, maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
);

/** A value nested `depth` levels deep, made the way a hostile file or request body makes it. */
function nestedValue(depth: number, kind: "array" | "object"): unknown {
  const text =
    kind === "array"
      ? `${"[".repeat(depth)}${"]".repeat(depth)}`
      : `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`;
  return JSON.parse(text);
}

/** Sets a key as an own, enumerable property, even "__proto__", as JSON.parse does. */
function withKey<T extends object>(target: T, key: string, value: unknown): T {
  const copy = { ...target };
  Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true });
  return copy;
}

const validDocument = arbitraryAnswers(content).map((answers) => makeDocument(answers));

type Broken = { doc: unknown; path: string };

function breakAnswer(doc: AnswersDocument, questionId: string, answer: unknown): Broken {
  return {
    doc: { ...doc, answers: { ...doc.answers, [questionId]: answer } },
    path: `answers.${questionId}`,
  };
}

function questionFrom(predicate: (question: Question) => boolean) {
  return fc.constantFrom(...questionsWhere(predicate));
}

/** A valid document broken in exactly one way, and the field the user must be pointed to. */
const brokenDocument: fc.Arbitrary<Broken> = fc.oneof(
  fc
    .tuple(
      validDocument,
      fc.oneof(kebabId, fc.constantFrom("constructor", "prototype", "to-string", "value-of")),
    )
    .filter(([, id]) => !questionIds.has(id))
    .map(([doc, id]) => breakAnswer(doc, id, dontKnow)),
  fc
    .tuple(
      validDocument,
      questionFrom((q) => !isMulti(q)),
      kebabId,
    )
    .filter(([, question, value]) => !optionIdsOf(question).includes(value))
    .map(([doc, question, value]) => breakAnswer(doc, question.id, option(value))),
  fc
    .tuple(validDocument, questionFrom(isMulti), kebabId)
    .filter(([, question, value]) => !optionIdsOf(question).includes(value))
    .map(([doc, question, value]) => breakAnswer(doc, question.id, options(value))),
  fc
    .tuple(
      validDocument,
      fc.constantFrom(...content.questions),
      fc.oneof(
        fc.jsonValue(),
        fc.record({ type: hostileString }),
        fc.record({ type: fc.constant("option"), value: fc.oneof(hostileString, fc.jsonValue()) }),
        fc.record({
          type: fc.constant("options"),
          values: fc.oneof(fc.jsonValue(), fc.array(hostileString)),
        }),
        fc.record({
          type: fc.constant("dont-know"),
          note: fc.oneof(fc.integer(), fc.constant("x".repeat(1001))),
        }),
        fc.record({
          type: fc.constant("options"),
          values: fc.array(kebabId, { minLength: 31, maxLength: 40 }),
        }),
      ),
    )
    .filter(([, , answer]) => !answerSchema.safeParse(answer).success)
    .map(([doc, question, answer]) => breakAnswer(doc, question.id, answer)),
  fc
    .tuple(validDocument, questionFrom(isMulti))
    .map(([doc, question]) => breakAnswer(doc, question.id, option(optionIdsOf(question)[0] ?? "x"))),
  fc
    .tuple(
      validDocument,
      questionFrom((q) => !isMulti(q)),
    )
    .map(([doc, question]) => breakAnswer(doc, question.id, options(optionIdsOf(question)[0] ?? "x"))),
  fc
    .tuple(
      validDocument,
      questionFrom((q) => !q.offersDontKnow),
    )
    .map(([doc, question]) => breakAnswer(doc, question.id, dontKnow)),
  fc
    .tuple(
      validDocument,
      questionFrom((q) => !q.offersNotApplicable),
    )
    .map(([doc, question]) => breakAnswer(doc, question.id, notApplicable)),
  fc
    .tuple(
      validDocument,
      fc.constantFrom<unknown>(0, 4, "2", 1.5, -1, null, true, [], {}, Number.MAX_SAFE_INTEGER),
    )
    .map(([doc, schemaVersion]) => ({ doc: { ...doc, schemaVersion }, path: "schemaVersion" })),
  fc
    .tuple(validDocument, fc.oneof(hostileString, fc.jsonValue()))
    .filter(([, language]) => language !== "da" && language !== "en")
    .map(([doc, language]) => ({ doc: { ...doc, language }, path: "language" })),
  fc
    .tuple(validDocument, fc.constantFrom("createdAt", "updatedAt"), fc.oneof(hostileString, fc.jsonValue()))
    .map(([doc, field, value]) => ({ doc: { ...doc, [field]: value }, path: field })),
  validDocument.map((doc) => ({
    doc: { ...doc, project: { organisation: doc.project.organisation } },
    path: "project.title",
  })),
  fc
    .tuple(
      validDocument,
      fc.oneof(
        fc.constantFrom("x".repeat(10_000), "😀".repeat(201), "<b>".repeat(67), "", "   ", "\n\t"),
        fc.string({ minLength: 201, maxLength: 400 }),
      ),
    )
    .map(([doc, title]) => ({ doc: { ...doc, project: { ...doc.project, title } }, path: "project.title" })),
  fc
    .tuple(validDocument, hostileString)
    .filter(([, key]) => !documentFields.includes(key))
    .map(([doc, key]) => ({ doc: withKey(doc, key, true), path: "" })),
  fc
    .tuple(validDocument, hostileString)
    .filter(([, key]) => !["title", "organisation", "description"].includes(key))
    .map(([doc, key]) => ({ doc: { ...doc, project: withKey(doc.project, key, "x") }, path: "project" })),
  fc
    .tuple(validDocument, hostileString)
    .filter(([, key]) => !questionIds.has(key))
    .map(([doc, key]) => ({
      doc: { ...doc, answers: withKey(doc.answers, key, dontKnow) },
      path: "answers",
    })),
  fc
    .tuple(
      validDocument,
      questionFrom((q) => q.offersDontKnow),
      hostileString,
    )
    .filter(([, , key]) => key !== "type" && key !== "note")
    .map(([doc, question, key]) => breakAnswer(doc, question.id, withKey(dontKnow, key, 1))),
  fc
    .tuple(
      validDocument,
      fc.constantFrom(...documentFields),
      fc.constantFrom<"array" | "object">("array", "object"),
    )
    .map(([doc, field, kind]) => ({ doc: { ...doc, [field]: nestedValue(10_000, kind) }, path: field })),
  validDocument.map((doc) => ({
    doc: {
      ...doc,
      answers: Object.fromEntries(Array.from({ length: 201 }, (_, i) => [`unknown-${i}`, dontKnow])),
    },
    path: "answers",
  })),
);

describe("validateAnswers under hostile input", () => {
  it("refuses any JSON value that is not a document, in the requested language, and never throws", () => {
    fc.assert(
      fc.property(fc.jsonValue(), locale, (value, language) => {
        expectClearRefusal(validateAnswers(value, content, language), language);
      }),
      { numRuns: 300 },
    );
  });

  it("refuses any JavaScript value, even ones JSON cannot hold, with a message that makes sense", () => {
    const anything = fc.anything({
      withBigInt: true,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withObjectString: true,
      withSparseArray: true,
      withTypedArray: true,
      stringUnit: anyCodePoint,
    });
    fc.assert(
      fc.property(anything, locale, (value, language) => {
        expectClearRefusal(validateAnswers(value, content, language), language);
      }),
      { numRuns: 300 },
    );
  });

  it("points at a field of the document when the document's fields hold anything at all", () => {
    const field = fc.anything({ withBigInt: true, withMap: true, withDate: true, withNullPrototype: true });
    const shaped = fc.record(
      {
        schemaVersion: field,
        language: field,
        project: field,
        answers: field,
        createdAt: field,
        updatedAt: field,
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(shaped, locale, (value, language) => {
        for (const { path } of expectClearRefusal(validateAnswers(value, content, language), language)) {
          expect([...documentFields, rootPath[language]]).toContain(path.split(".")[0]);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("refuses a valid document broken in one place and names the broken field", () => {
    fc.assert(
      fc.property(brokenDocument, locale, ({ doc, path }, language) => {
        const issues = expectClearRefusal(validateAnswers(doc, content, language), language);
        if (path !== "") expectIssueAt(issues, path);
        else expect(issues.map((issue) => issue.path)).not.toContain(rootPath[language]);
      }),
      { numRuns: 300 },
    );
  });

  it("names a question id or field called __proto__, constructor or prototype like any other", () => {
    const hostileKeys = ["__proto__", "constructor", "prototype"];
    for (const key of hostileKeys) {
      const valid = makeDocument({});
      const polluted: [unknown, string][] = [
        [{ ...valid, answers: JSON.parse(`{"${key}": {"type": "dont-know"}}`) as unknown }, `answers.${key}`],
        [
          { ...valid, project: JSON.parse(`{"title": "x", "${key}": {"title": "y"}}`) as unknown },
          `project.${key}`,
        ],
        [withKey(valid, key, { schemaVersion: 1 }), key],
        [
          breakAnswer(valid, "dt-data-access", JSON.parse(`{"type": "dont-know", "${key}": 1}`)).doc,
          `answers.dt-data-access.${key}`,
        ],
      ];
      for (const [doc, path] of polluted) {
        for (const language of locales) {
          expectIssueAt(expectClearRefusal(validateAnswers(doc, content, language), language), path);
        }
      }
    }
    expect(Object.keys(Object.prototype)).toEqual([]);
  });

  it.each([10_000, 100_000])(
    "refuses values nested %i levels deep in every field without overflowing the stack",
    (depth) => {
      const deep = `${"[".repeat(depth)}${"]".repeat(depth)}`;
      const places: [string, string][] = [
        [deep, ""],
        [`{"schemaVersion": ${deep}}`, "schemaVersion"],
        [`{"language": ${deep}}`, "language"],
        [`{"project": {"title": ${deep}}}`, "project.title"],
        [`{"answers": ${deep}}`, "answers"],
        [`{"answers": {"dt-data-access": ${deep}}}`, "answers.dt-data-access"],
        [`{"answers": {"dt-data-access": {"type": ${deep}}}}`, "answers.dt-data-access"],
        [
          `{"answers": {"dt-data-access": {"type": "option", "value": ${deep}}}}`,
          "answers.dt-data-access.value",
        ],
        [
          `{"answers": {"technology": {"type": "options", "values": [${deep}]}}}`,
          "answers.technology.values.0",
        ],
        [`{"extra": ${deep}}`, "extra"],
      ];
      for (const [text, path] of places) {
        const parsed = parseJsonText(text, "da");
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) continue;
        const issues = expectClearRefusal(validateAnswers(parsed.value, content, "da"), "da");
        expectIssueAt(issues, path || rootPath.da);
      }
    },
  );

  it("accepts every valid document, however odd its texts, and keeps every answer and note", () => {
    const note = fc.option(
      hostileString.filter((text) => text.length <= 1000 && countLineBreaks(text) <= limits.noteLineBreaks),
      { nil: undefined },
    );
    const withNotes = fc
      .tuple(
        arbitraryAnswers(content),
        fc.array(note, { minLength: content.questions.length, maxLength: content.questions.length }),
      )
      .map(([answers, notes]) =>
        Object.fromEntries(
          Object.entries(answers).map(([id, answer], index): [string, Answer] => {
            const text = notes[index];
            return [id, text === undefined ? answer : { ...answer, note: text }];
          }),
        ),
      )
      // All notes together within their budget.
      .filter((answers) => fitsNotesBudget(notesTotals(answers)));
    // A title and organisation are one line; a title shows at least one character.
    const oneLine = (text: string) => countLineBreaks(text) === 0;
    const title = hostileString.filter(
      (text) => text.trim().length <= 200 && oneLine(text) && hasVisibleCharacter(text),
    );
    const project = fc.record({
      title,
      organisation: hostileString.filter((text) => text.trim().length <= 200 && oneLine(text)),
      description: hostileString.filter(
        (text) => text.length <= 5000 && countLineBreaks(text) <= limits.descriptionLineBreaks,
      ),
    });
    fc.assert(
      fc.property(withNotes, project, locale, (answers, projectFields, language) => {
        const doc = { ...makeDocument(answers), language, project: projectFields };
        const result = validateAnswers(doc, content, language);
        expect(result).toMatchObject({ ok: true });
        if (!result.ok) return;
        expect(result.doc.answers).toEqual(answers);
        expect(result.doc.project.title).toBe(projectFields.title.trim());
        expect(result.doc.project.description).toBe(projectFields.description);
      }),
      { numRuns: 150 },
    );
  });
});
