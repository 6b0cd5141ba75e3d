import { describe, expect, it } from "vitest";
import { dontKnow, makeDocument, notApplicable, option, options, strongAnswers } from "./fixtures/answers";
import { fixtureContent } from "./fixtures/content";
import { content } from "@/content";
import { limits } from "../schemas/answers";
import { buildWorstValidDocument } from "../report/report-test-documents";
import { MAX_ISSUES, parseJsonText, validateAnswers } from "./validate-answers";

const valid = makeDocument(strongAnswers(fixtureContent));

describe("validateAnswers: structure", () => {
  it("accepts a valid document and fills in its defaults", () => {
    const result = validateAnswers(
      { ...valid, project: { title: valid.project.title } },
      fixtureContent,
      "da",
    );
    expect(result.ok).toBe(true);
    if (result.ok)
      expect(result.doc.project).toEqual({ title: "Testprojekt", organisation: "", description: "" });
  });

  it("names the field and says what is wrong in Danish and in English", () => {
    const broken = { ...valid, language: "fr", project: { title: "" }, createdAt: "yesterday", extra: true };
    const da = validateAnswers(broken, fixtureContent, "da");
    const en = validateAnswers(broken, fixtureContent, "en");
    expect(da.ok || en.ok).toBe(false);
    if (da.ok || en.ok) return;
    expect(da.issues).toEqual([
      { path: "language", message: 'ukendt værdi "fr"; tilladt er "da" eller "en"' },
      { path: "project.title", message: "må ikke være tom" },
      {
        path: "createdAt",
        message:
          'skal være et tidspunkt i ISO 8601-format med tidszone, fx 2025-03-31T09:30:00Z ("yesterday")',
      },
      { path: "extra", message: "ukendt felt" },
    ]);
    expect(en.issues.map((issue) => issue.message)).toEqual([
      'unknown value "fr"; allowed: "da" or "en"',
      "must not be empty",
      'must be a time in ISO 8601 format with a time zone, e.g. 2025-03-31T09:30:00Z ("yesterday")',
      "unknown field",
    ]);
  });

  it("refuses a title or organisation with a line break, and a title with nothing visible, naming the field", () => {
    const cases = [
      {
        project: { title: "Linje 1\nLinje 2" },
        path: "project.title",
        da: "skal stå på én linje uden linjeskift",
      },
      {
        project: { title: "T", organisation: "A\r\nB" },
        path: "project.organisation",
        da: "skal stå på én linje uden linjeskift",
      },
      {
        project: { title: "\u0000" },
        path: "project.title",
        da: "skal indeholde mindst ét synligt tegn (et bogstav, et tal eller et tegn)",
      },
      {
        project: { title: "\u200b" },
        path: "project.title",
        da: "skal indeholde mindst ét synligt tegn (et bogstav, et tal eller et tegn)",
      },
      {
        project: { title: "\u00ad\u00ad" },
        path: "project.title",
        da: "skal indeholde mindst ét synligt tegn (et bogstav, et tal eller et tegn)",
      },
    ];
    for (const { project, path, da } of cases) {
      const result = validateAnswers({ ...valid, project }, fixtureContent, "da");
      expect(result.ok ? [] : result.issues).toEqual([{ path, message: da }]);
    }
    const english = validateAnswers({ ...valid, project: { title: "a\nb" } }, fixtureContent, "en");
    expect(english.ok ? [] : english.issues).toEqual([
      { path: "project.title", message: "must be one line, without line breaks" },
    ]);
  });

  it("allows as many line breaks in description and notes as the limits say, and names the field beyond them", () => {
    const [questionId, answer] = Object.entries(valid.answers)[0]!;
    const at = (breaks: number) => Array.from({ length: breaks + 1 }, (_, i) => `${i}`).join("\n");
    const document = (description: string, note: string) => ({
      ...valid,
      project: { title: "T", description },
      answers: { ...valid.answers, [questionId]: { ...answer, note } },
    });
    expect(
      validateAnswers(
        document(at(limits.descriptionLineBreaks), at(limits.noteLineBreaks)),
        fixtureContent,
        "da",
      ).ok,
    ).toBe(true);
    const result = validateAnswers(
      document(at(limits.descriptionLineBreaks + 1), at(limits.noteLineBreaks + 1)),
      fixtureContent,
      "en",
    );
    expect(result.ok ? [] : result.issues).toEqual([
      {
        path: "project.description",
        message: `may have at most ${limits.descriptionLineBreaks} line breaks`,
      },
      {
        path: `answers.${questionId}.note`,
        message: `may have at most ${limits.noteLineBreaks} line breaks`,
      },
    ]);
  });

  it("holds all notes together to their budget, and says by how much a document is over it", () => {
    const heaviest = buildWorstValidDocument("da");
    expect(validateAnswers(heaviest, content, "da").ok).toBe(true);
    // One more note of one character and one line break is one of each over the budget.
    const [lastId, lastAnswer] = Object.entries(heaviest.answers).at(-1)!;
    const over = { ...heaviest, answers: { ...heaviest.answers, [lastId]: { ...lastAnswer, note: "a\n" } } };
    const da = validateAnswers(over, content, "da");
    const en = validateAnswers(over, content, "en");
    expect(da.ok ? [] : da.issues).toEqual([
      {
        path: "answers",
        message:
          "noterne fylder tilsammen 20.002 tegn og 401 linjeskift; alle noter må tilsammen højst have 20.000 tegn og 400 linjeskift",
      },
    ]);
    expect(en.ok ? [] : en.issues).toEqual([
      {
        path: "answers",
        message:
          "the notes together have 20,002 characters and 401 line breaks; all notes together may have at most 20,000 characters and 400 line breaks",
      },
    ]);
  });

  it("explains a wrong type, a missing field and an unknown answer type", () => {
    const result = validateAnswers(
      {
        ...valid,
        answers: { "dt-data-access": { type: "maybe" }, "org-owner": { type: "option" }, "comp-training": 3 },
      },
      fixtureContent,
      "en",
    );
    expect(result.ok ? [] : result.issues).toEqual([
      {
        path: "answers.dt-data-access.type",
        message: 'unknown answer type "maybe"; allowed: "option", "options", "dont-know" or "not-applicable"',
      },
      { path: "answers.org-owner.value", message: "is missing" },
      { path: "answers.comp-training", message: "must be an object, not a number" },
    ]);
  });

  it("refuses a document that is not an object, naming the document", () => {
    expect(validateAnswers([], fixtureContent, "da")).toEqual({
      ok: false,
      issues: [{ path: "dokumentet", message: "skal være et objekt, ikke en liste" }],
    });
  });

  it("tells the user when the document comes from a newer version of the tool", () => {
    const result = validateAnswers({ ...valid, schemaVersion: 4 }, fixtureContent, "en");
    expect(result.ok ? "" : result.issues[0]?.message).toBe(
      "the document was made by a newer version of the tool (format version 4); this version reads format version 3",
    );
  });

  it("refuses an answer id that is not a kebab-case id", () => {
    const result = validateAnswers({ ...valid, answers: { "Bad Id": dontKnow } }, fixtureContent, "da");
    expect(result.ok ? [] : result.issues).toEqual([
      { path: "answers.Bad Id", message: "er ikke et gyldigt id: brug små bogstaver, tal og bindestreger" },
    ]);
  });
});

describe("validateAnswers: against the content", () => {
  it("names an unknown option in the user's language", () => {
    const result = validateAnswers(
      { ...valid, answers: { "dt-data-access": option("x") } },
      fixtureContent,
      "da",
    );
    expect(result.ok ? [] : result.issues).toEqual([
      { path: "answers.dt-data-access", message: 'ukendt svarmulighed "x"' },
    ]);
  });

  it("names an unknown question", () => {
    const result = validateAnswers(
      { ...valid, answers: { "no-such-question": dontKnow } },
      fixtureContent,
      "en",
    );
    expect(result.ok ? [] : result.issues).toEqual([
      { path: "answers.no-such-question", message: "unknown question" },
    ]);
  });

  it("refuses several options for a single-choice question and one option for a multi-choice one", () => {
    const result = validateAnswers(
      { ...valid, answers: { "org-owner": options("named"), technology: option("ocr") } },
      fixtureContent,
      "en",
    );
    expect(result.ok ? [] : result.issues).toEqual([
      {
        path: "answers.org-owner",
        message: 'the question takes one answer only: use "option" with one option',
      },
      {
        path: "answers.technology",
        message: 'the question takes several answers: use "options" with a list of options',
      },
    ]);
  });

  it("checks each chosen value of a multi-choice answer", () => {
    const result = validateAnswers(
      { ...valid, answers: { technology: options("ocr", "quantum", "ocr") } },
      fixtureContent,
      "da",
    );
    expect(result.ok ? [] : result.issues.map((issue) => issue.message)).toEqual([
      'ukendt svarmulighed "quantum"',
      'svarmuligheden "ocr" er valgt mere end én gang',
    ]);
  });

  it("refuses a special answer the question does not offer", () => {
    const content = {
      ...fixtureContent,
      questions: fixtureContent.questions.map((q) =>
        q.id === "org-owner" ? { ...q, offersDontKnow: false } : q,
      ),
    };
    const result = validateAnswers(
      { ...valid, answers: { "org-owner": dontKnow, "org-management": notApplicable } },
      content,
      "da",
    );
    expect(result.ok ? [] : result.issues).toEqual([
      { path: "answers.org-owner", message: '"ved ikke" kan ikke vælges til dette spørgsmål' },
      { path: "answers.org-management", message: '"ikke relevant" kan ikke vælges til dette spørgsmål' },
    ]);
  });

  it("accepts kept answers to hidden questions", () => {
    const answers = { ...strongAnswers(fixtureContent), "personal-data": option("none") };
    expect(validateAnswers(makeDocument(answers), fixtureContent, "da").ok).toBe(true);
  });

  it("sums up the problems beyond the first fifty in one line", () => {
    const answers = Object.fromEntries(Array.from({ length: 80 }, (_, i) => [`unknown-${i}`, dontKnow]));
    const result = validateAnswers({ ...valid, answers }, fixtureContent, "en");
    const issues = result.ok ? [] : result.issues;
    expect(issues).toHaveLength(MAX_ISSUES);
    expect(issues.at(-1)).toEqual({ path: "document", message: "and 31 more problems" });
  });
});

describe("parseJsonText", () => {
  it("parses JSON, also with a byte order mark", () => {
    expect(parseJsonText('\uFEFF{"a":1}', "da")).toEqual({ ok: true, value: { a: 1 } });
  });

  it("says where the JSON breaks", () => {
    expect(parseJsonText('{\n  "a": 1,\n}', "da")).toEqual({
      ok: false,
      issues: [{ path: "dokumentet", message: "ikke gyldig JSON (linje 3, kolonne 1)" }],
    });
    expect(parseJsonText('{"a":}', "en")).toEqual({
      ok: false,
      issues: [{ path: "document", message: 'not valid JSON: unexpected character "}"' }],
    });
    expect(parseJsonText('{"a": "b', "en")).toMatchObject({
      ok: false,
      issues: [
        { message: "not valid JSON: a text is missing its closing quotation mark (line 1, column 9)" },
      ],
    });
    expect(parseJsonText('{"a": 1', "da")).toMatchObject({
      ok: false,
      issues: [{ message: expect.stringMatching(/^ikke gyldig JSON/) }],
    });
  });

  it("says an empty text is empty", () => {
    expect(parseJsonText("  \n", "en")).toEqual({
      ok: false,
      issues: [{ path: "document", message: "is empty" }],
    });
  });
});
