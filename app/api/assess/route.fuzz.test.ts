import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { content } from "@/content";
import { MAX_BODY_BYTES } from "@/lib/api/read-json-body";
import { dontKnow, makeDocument, option } from "@/lib/engine/fixtures/answers";
import { arbitraryAnswers } from "@/lib/engine/fixtures/arbitrary-answers";
import type { AssessmentResult } from "@/lib/engine/types";
import { validateAnswers } from "@/lib/engine/validate-answers";
import type { Locale } from "@/lib/schemas/common";
import { buildPost, errorOpening } from "../fuzz-requests.test-helper";
import { POST } from "./route";

interface ErrorBody {
  error: { status: number; code: string; message: string; issues: { path: string; message: string }[] };
}

/** How a client asks for a language, and the language it should get. */
const languageRequest = fc.constantFrom<{ query: string; headers: Record<string, string>; locale: Locale }>(
  { query: "", headers: {}, locale: "da" },
  { query: "?lang=en", headers: {}, locale: "en" },
  { query: "?lang=da", headers: { "accept-language": "en" }, locale: "da" },
  { query: "", headers: { "accept-language": "en-GB,en;q=0.9" }, locale: "en" },
  { query: "", headers: { "accept-language": "fr, en;q=0.5" }, locale: "en" },
  { query: "?lang=fr", headers: { "accept-language": "sv" }, locale: "da" },
);

const contentType = fc.constantFrom<{ value: string | null; json: boolean }>(
  { value: "application/json", json: true },
  { value: "application/json; charset=utf-8", json: true },
  { value: "Application/JSON", json: true },
  { value: "application/ld+json", json: true },
  { value: null, json: false },
  { value: "text/plain", json: false },
  { value: "text/plain; charset=utf-8", json: false },
  { value: "multipart/form-data; boundary=----fuzz", json: false },
  { value: "application/x-www-form-urlencoded", json: false },
  { value: "application/json; charset=utf-16", json: false },
  { value: "application/jsonp", json: false },
);

const post = buildPost("/api/assess");

const opening = errorOpening;

/** A 4xx with { error: { status, code, message, issues } } in the user's language, or the result. */
async function readAnswer(
  response: Response,
  locale: Locale,
): Promise<ErrorBody["error"] | AssessmentResult> {
  expect(response.status === 200 || (response.status >= 400 && response.status < 500)).toBe(true);
  expect(response.headers.get("content-type")).toContain("application/json");
  expect(response.headers.get("cache-control")).toBe("no-store");
  const body = (await response.json()) as ErrorBody | AssessmentResult;
  if (response.status === 200) {
    expect(body).toHaveProperty("modelVersion");
    return body as AssessmentResult;
  }
  const { error } = body as ErrorBody;
  expect(error).toEqual({
    status: response.status,
    code: expect.stringMatching(/^[a-z-]+$/),
    message: expect.stringMatching(opening[locale]),
    issues: expect.any(Array),
  });
  for (const issue of error.issues) {
    expect(issue.path.trim()).not.toBe("");
    expect(issue.message.trim()).not.toBe("");
  }
  return error;
}

function isError(answer: ErrorBody["error"] | AssessmentResult): answer is ErrorBody["error"] {
  return "code" in answer;
}

/** Whether these bytes, sent as JSON, are a document the API must score. */
function isValidDocument(bytes: Uint8Array): boolean {
  try {
    const value: unknown = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
    return validateAnswers(value, content, "da").ok;
  } catch {
    return false;
  }
}

const validDocument = arbitraryAnswers(content).map((answers) => makeDocument(answers));
const encode = (text: string) => new TextEncoder().encode(text);

/** Bodies from pure noise to nearly valid documents. */
const anyBody = fc.oneof(
  fc.uint8Array({ maxLength: 400 }),
  fc.string({ unit: "grapheme", maxLength: 200 }).map(encode),
  fc.jsonValue().map((value) => encode(JSON.stringify(value))),
  validDocument.map((doc) => encode(JSON.stringify(doc))),
  fc.tuple(validDocument, fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 3 })).map(([doc, at, noise]) => {
    const bytes = encode(JSON.stringify(doc));
    const cut = at % bytes.length;
    return new Uint8Array([...bytes.slice(0, cut), ...noise, ...bytes.slice(cut + noise.length)]);
  }),
);

describe("POST /api/assess under hostile input", () => {
  it("answers any body under any content type with 200 or a clear 4xx, never a 5xx, and 200 only for a valid document", async () => {
    await fc.assert(
      fc.asyncProperty(anyBody, contentType, languageRequest, async (bytes, type, language) => {
        const response = await POST(post(bytes, type.value, language.query, language.headers));
        const answer = await readAnswer(response, language.locale);
        expect(!isError(answer)).toBe(type.json && isValidDocument(bytes));
      }),
      { numRuns: 200 },
    );
  }, 60_000);

  it("answers an empty or missing body with a 400 that asks for a document", async () => {
    for (const body of [null, "", "  \n"]) {
      const answer = await readAnswer(await POST(post(body, "application/json", "?lang=en")), "en");
      expect(answer).toMatchObject({ status: 400, code: "empty-body" });
    }
  });

  it("answers valid JSON that is not an object with a 400 that names the document", async () => {
    const notAnObject = fc.oneof(
      fc.array(fc.jsonValue()),
      fc.double(),
      fc.constant(null),
      fc.string(),
      fc.boolean(),
    );
    await fc.assert(
      fc.asyncProperty(notAnObject, languageRequest, async (value, language) => {
        const response = await POST(
          post(JSON.stringify(value), "application/json", language.query, language.headers),
        );
        const answer = await readAnswer(response, language.locale);
        expect(answer).toMatchObject({
          status: 400,
          code: "invalid-document",
          issues: [{ path: language.locale === "da" ? "dokumentet" : "document" }],
        });
      }),
      { numRuns: 100 },
    );
  });

  it("answers a document with an unknown id or a wrong type with a 400 that names the field", async () => {
    const scored = content.questions.filter((question) => question.section !== "profile");
    const broken = fc.oneof(
      fc.tuple(validDocument, fc.stringMatching(/^[a-z]{3,10}-[a-z]{3,10}$/)).map(([doc, id]) => ({
        doc: { ...doc, answers: { ...doc.answers, [`zz-${id}`]: dontKnow } },
        path: `answers.zz-${id}`,
      })),
      fc
        .tuple(validDocument, fc.constantFrom(...scored), fc.stringMatching(/^zz-[a-z]{1,10}$/))
        .map(([doc, question, id]) => ({
          doc: { ...doc, answers: { ...doc.answers, [question.id]: option(id) } },
          path: `answers.${question.id}`,
        })),
      fc
        .tuple(
          validDocument,
          fc.constantFrom(...content.questions),
          fc.oneof(fc.integer(), fc.string(), fc.constant(null), fc.array(fc.integer())),
        )
        .map(([doc, question, value]) => ({
          doc: { ...doc, answers: { ...doc.answers, [question.id]: value } },
          path: `answers.${question.id}`,
        })),
      fc
        .tuple(validDocument, fc.oneof(fc.integer(), fc.constant(null), fc.constant([])))
        .map(([doc, title]) => ({
          doc: { ...doc, project: { ...doc.project, title } },
          path: "project.title",
        })),
      fc
        .tuple(validDocument, fc.constantFrom<unknown>(0, 4, "2", null))
        .map(([doc, schemaVersion]) => ({ doc: { ...doc, schemaVersion }, path: "schemaVersion" })),
    );
    await fc.assert(
      fc.asyncProperty(broken, languageRequest, async ({ doc, path }, language) => {
        const response = await POST(
          post(JSON.stringify(doc), "application/json", language.query, language.headers),
        );
        const answer = await readAnswer(response, language.locale);
        expect(answer).toMatchObject({ status: 400, code: "invalid-document" });
        expect(isError(answer) ? answer.issues.map((issue) => issue.path) : []).toContain(path);
        expect(isError(answer) ? answer.message : "").toContain(path);
      }),
      { numRuns: 100 },
    );
  }, 30_000);

  it("scores a document just under 512 kB and refuses one just over with a 413", async () => {
    const size = fc.integer({ min: MAX_BODY_BYTES - 16, max: MAX_BODY_BYTES + 16 });
    await fc.assert(
      fc.asyncProperty(validDocument, size, async (doc, bytes) => {
        const text = JSON.stringify(doc);
        const body = `${text}${" ".repeat(bytes - encode(text).length)}`;
        const answer = await readAnswer(await POST(post(body, "application/json")), "da");
        if (bytes > MAX_BODY_BYTES) expect(answer).toMatchObject({ status: 413, code: "payload-too-large" });
        else expect(isError(answer)).toBe(false);
      }),
      { numRuns: 20 },
    );
  }, 30_000);

  it("refuses a huge declared Content-Length with a 413 even when the body is small", async () => {
    await fc.assert(
      fc.asyncProperty(
        validDocument,
        fc.integer({ min: MAX_BODY_BYTES + 1, max: Number.MAX_SAFE_INTEGER }),
        async (doc, length) => {
          const response = await POST(
            post(JSON.stringify(doc), "application/json", "", { "content-length": String(length) }),
          );
          expect(await readAnswer(response, "da")).toMatchObject({ status: 413, code: "payload-too-large" });
        },
      ),
      { numRuns: 30 },
    );
  });

  it("scores every valid document with the full result and none of the user's own text", async () => {
    const marked = fc
      .tuple(
        validDocument,
        fc.constantFrom("<script>alert(1)</script>", "\u202e", "😀", "a\u0000b"),
        fc.nat(),
      )
      .map(([doc, hostile, n]) => ({
        ...doc,
        project: {
          title: `${hostile} qzxtitle${n}`,
          organisation: `qzxorg${n}`,
          description: `${hostile} qzxdesc${n}`,
        },
      }));
    await fc.assert(
      fc.asyncProperty(marked, async (doc) => {
        const response = await POST(post(JSON.stringify(doc), "application/json"));
        const answer = await readAnswer(response, "da");
        expect(isError(answer)).toBe(false);
        if (isError(answer)) return;
        expect(answer.prerequisites).toHaveLength(5);
        expect(JSON.stringify(answer)).not.toMatch(/qzx|<script>/);
      }),
      { numRuns: 40 },
    );
  }, 30_000);
});
