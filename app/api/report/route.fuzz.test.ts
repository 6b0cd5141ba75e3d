import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { content } from "@/content";
import { MAX_BODY_BYTES } from "@/lib/api/read-json-body";
import type { Answer } from "@/lib/schemas/answers";
import { makeDocument } from "@/lib/engine/fixtures/answers";
import { arbitraryAnswers } from "@/lib/engine/fixtures/arbitrary-answers";
import { validateAnswers } from "@/lib/engine/validate-answers";
import type { Locale } from "@/lib/schemas/common";
import { buildPost, errorOpening } from "../fuzz-requests.test-helper";
import { POST } from "./route";

type Body = string | Uint8Array<ArrayBuffer> | null;

interface ErrorBody {
  error: { status: number; code: string; message: string; issues: { path: string; message: string }[] };
}

const languageRequest = fc.constantFrom<{ query: string; headers: Record<string, string>; locale: Locale }>(
  { query: "", headers: {}, locale: "da" },
  { query: "?lang=en", headers: {}, locale: "en" },
  { query: "", headers: { "accept-language": "en-GB,en;q=0.9" }, locale: "en" },
  { query: "?lang=xx", headers: { "accept-language": "da-DK" }, locale: "da" },
);

const contentType = fc.constantFrom<{ value: string | null; json: boolean }>(
  { value: "application/json", json: true },
  { value: "application/json; charset=utf-8", json: true },
  { value: null, json: false },
  { value: "text/plain", json: false },
  { value: "multipart/form-data; boundary=----fuzz", json: false },
  { value: "application/json; charset=utf-16", json: false },
);

const post = buildPost("/api/report");

const opening = errorOpening;

/** A PDF download (true) or a 4xx with { error: { status, code, message, issues } } in the user's language (false). */
async function isPdf(response: Response, locale: Locale): Promise<boolean> {
  expect(response.status === 200 || (response.status >= 400 && response.status < 500)).toBe(true);
  if (response.status === 200) {
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="[a-z0-9-]+\.pdf"; filename\*=UTF-8''/,
    );
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(new TextDecoder().decode(bytes.subarray(0, 5))).toBe("%PDF-");
    return true;
  }
  expect(response.headers.get("content-type")).toContain("application/json");
  const { error } = (await response.json()) as ErrorBody;
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
  return false;
}

function isValidDocument(bytes: Uint8Array): boolean {
  try {
    const value: unknown = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
    return validateAnswers(value, content, "da").ok;
  } catch {
    return false;
  }
}

const encode = (text: string) => new TextEncoder().encode(text);
const validDocument = arbitraryAnswers(content).map((answers) => makeDocument(answers));

/** Bodies that must all be refused: noise, JSON that is no document, nearly valid documents. */
const refusedBody = fc.oneof(
  fc.uint8Array({ maxLength: 300 }),
  fc.string({ unit: "grapheme", maxLength: 200 }).map(encode),
  fc.jsonValue().map((value) => encode(JSON.stringify(value))),
  fc
    .tuple(validDocument, fc.constantFrom<unknown>(0, 2, "1", null, [], "x".repeat(10_000)))
    .map(([doc, title]) => encode(JSON.stringify({ ...doc, project: { ...doc.project, title } }))),
  validDocument.map((doc) => encode(JSON.stringify(doc).slice(0, -1))),
);

/** Texts a PDF renderer may choke on: markup, control characters, lone surrogates, right-to-left, emoji, long words. */
const hostileText = (maxLength: number) =>
  fc
    .array(
      fc.oneof(
        fc.constantFrom(
          "<script>alert(1)</script>",
          "a\u0000b\u0007",
          "\ud800",
          "\udfff x",
          "\u202eevil\u202c",
          "\u200f\u200e",
          "😀👩‍👩‍👧‍👦🏳️‍🌈",
          "مرحبا",
          "שלום",
          "漢字かな",
          "Z̴̡̛a̷l̸g̵o̶",
          "\t\r\n\u2028",
          "x".repeat(120),
          "Ærø Å ø",
          // Soft hyphens alone, at a line's end or in a run crashed the layout (security review M2).
          "\u00ad",
          "abc\n\u00ad",
          "\u00ad\u00ad a",
          "data\u00adbeskyttelse\u00ad",
          "- punkt 1\n- punkt 2\n- punkt 3",
        ),
        fc.string({ unit: "grapheme", maxLength: 30 }),
      ),
      { minLength: 1, maxLength: 6 },
    )
    .map((parts) => Array.from(parts.join(" ")).slice(0, maxLength).join(""))
    .filter((text) => text.trim().length > 0);

const hostileDocument = fc
  .tuple(
    arbitraryAnswers(content),
    fc.array(fc.option(hostileText(1000), { nil: undefined, freq: 2 }), {
      minLength: content.questions.length,
      maxLength: content.questions.length,
    }),
    fc.record({ title: hostileText(200), organisation: hostileText(200), description: hostileText(5000) }),
    fc.constantFrom<Locale>("da", "en"),
  )
  .map(([answers, notes, project, language]) => {
    const withNotes = Object.fromEntries(
      Object.entries(answers).map(([id, answer], index): [string, Answer] => {
        const note = notes[index];
        return [id, note === undefined ? answer : { ...answer, note }];
      }),
    );
    return { ...makeDocument(withNotes), language, project };
  })
  .filter((doc) => validateAnswers(doc, content, "da").ok);

// Rendering a PDF takes a while: few runs, generous time.
describe("POST /api/report under hostile input", { timeout: 120_000 }, () => {
  it("answers any refused body under any content type with a clear 4xx, never a 5xx", async () => {
    await fc.assert(
      fc.asyncProperty(refusedBody, contentType, languageRequest, async (bytes, type, language) => {
        fc.pre(!(type.json && isValidDocument(bytes)));
        const response = await POST(post(bytes, type.value, language.query, language.headers));
        expect(await isPdf(response, language.locale)).toBe(false);
      }),
      { numRuns: 150 },
    );
  });

  it("refuses an empty body, a body over 512 kB and a huge declared Content-Length with a clear 4xx", async () => {
    const cases: [Body, Record<string, string>, number][] = [
      [null, {}, 400],
      ["", {}, 400],
      [`"${"x".repeat(MAX_BODY_BYTES)}"`, {}, 413],
      ["{}", { "content-length": String(Number.MAX_SAFE_INTEGER) }, 413],
      ["[1, 2, 3]", {}, 400],
      ["null", {}, 400],
    ];
    for (const [body, headers, status] of cases) {
      const response = await POST(post(body, "application/json", "?lang=en", headers));
      expect(response.status).toBe(status);
      expect(await isPdf(response, "en")).toBe(false);
    }
  });

  it("renders every valid document as a PDF, however hostile its title, notes and description", async () => {
    await fc.assert(
      fc.asyncProperty(hostileDocument, fc.constantFrom("", "?lang=da", "?lang=en"), async (doc, query) => {
        const response = await POST(post(JSON.stringify(doc), "application/json", query));
        expect(await isPdf(response, "da")).toBe(true);
      }),
      // Five hostile documents a run (a new seed each run): each is a whole report of some pages.
      { numRuns: 5 },
    );
  });
});
