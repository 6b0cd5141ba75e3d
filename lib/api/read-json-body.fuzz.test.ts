import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Locale } from "../schemas/common";
import type { ApiResponse } from "./api-response";
import { MAX_BODY_BYTES, readJsonBody, type BodyResult } from "./read-json-body";

/** Any code point, lone surrogates included (fast-check's "binary" unit does the same, but slowly on first use). */
const anyCodePoint = fc.nat({ max: 0x10ffff }).map((code) => String.fromCodePoint(code));
const locale = fc.constantFrom<Locale>("da", "en");
const opening: Record<Locale, string> = { da: "Forespørgslen", en: "The request" };

type Body = string | Uint8Array<ArrayBuffer> | ReadableStream<Uint8Array> | null;

function post(body: Body, headers: Record<string, string> = { "content-type": "application/json" }): Request {
  const init: RequestInit & { duplex: "half" } = { method: "POST", headers, body, duplex: "half" };
  return new Request("http://127.0.0.1/api/assess", init);
}

/** A body that arrives in pieces of the given sizes, as a slow or chunked client sends it. */
function streamOf(bytes: Uint8Array, pieces: number[]): ReadableStream<Uint8Array> {
  let offset = 0;
  let turn = 0;
  return new ReadableStream({
    pull(controller) {
      if (offset >= bytes.length) return controller.close();
      const size = Math.max(1, pieces[turn++ % pieces.length] ?? 1);
      controller.enqueue(bytes.slice(offset, offset + size));
      offset += size;
    },
  });
}

/** A refusal with a clear message: { error: { status, code, message, issues } } in the user's language. */
function expectRefusal(result: BodyResult, language: Locale, status?: number): ApiResponse {
  expect(result.ok).toBe(false);
  if (result.ok) throw new Error("accepted");
  const { response } = result;
  expect(response.status).toBeGreaterThanOrEqual(400);
  expect(response.status).toBeLessThan(500);
  if (status !== undefined) expect(response.status).toBe(status);
  expect(response.body).toEqual({
    error: {
      status: response.status,
      code: expect.any(String),
      message: expect.any(String),
      issues: expect.any(Array),
    },
  });
  const { message } = (response.body as { error: { message: string } }).error;
  expect(message.startsWith(opening[language])).toBe(true);
  return response;
}

/** What the bytes hold as JSON, or undefined when they are not UTF-8 JSON text. */
function jsonIn(bytes: Uint8Array): { value: unknown } | undefined {
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return text.trim() === "" ? undefined : { value: JSON.parse(text) as unknown };
  } catch {
    return undefined;
  }
}

const jsonContentTypes = [
  "application/json",
  "APPLICATION/JSON",
  "application/json; charset=utf-8",
  'application/json;charset="UTF-8"',
  "application/ld+json",
  "application/vnd.api+json; charset=utf-8",
];
const otherContentTypes = [
  "",
  "text/plain",
  "text/json",
  "text/html; charset=utf-8",
  "multipart/form-data; boundary=----x",
  "application/x-www-form-urlencoded",
  "application/xml",
  "application/jsonp",
  "application/json-seq",
  "application/json; charset=utf-16",
  "application/json; charset=iso-8859-1",
];

describe("readJsonBody under hostile input", () => {
  it("reads any JSON value exactly as it was sent, also after a byte order mark or white space", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.jsonValue(),
        fc.constantFrom("", "\uFEFF", " \r\n\t"),
        locale,
        async (value, prefix, language) => {
          const text = JSON.stringify(value);
          expect(await readJsonBody(post(`${prefix}${text}`), language)).toEqual({
            ok: true,
            value: JSON.parse(text),
          });
        },
      ),
      { numRuns: 200 },
    );
  });

  it("answers random bytes with what they hold, or a 400 that says what is wrong", async () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 300 }),
      fc.jsonValue().map((value) => new TextEncoder().encode(JSON.stringify(value))),
      fc
        .tuple(fc.jsonValue(), fc.uint8Array({ minLength: 1, maxLength: 4 }), fc.nat())
        .map(([value, noise, at]) => {
          const clean = new TextEncoder().encode(JSON.stringify(value));
          const cut = at % (clean.length + 1);
          return new Uint8Array([...clean.slice(0, cut), ...noise, ...clean.slice(cut)]);
        }),
    );
    await fc.assert(
      fc.asyncProperty(bytes, locale, async (body, language) => {
        const result = await readJsonBody(post(body), language);
        const expected = jsonIn(body);
        if (expected) expect(result).toEqual({ ok: true, value: expected.value });
        else expectRefusal(result, language, 400);
      }),
      { numRuns: 300 },
    );
  });

  it("says in the user's language where random text stops being JSON", async () => {
    const text = fc.oneof(
      fc.string({ unit: anyCodePoint, maxLength: 80 }),
      fc.string({ unit: "grapheme", maxLength: 80 }),
      fc.json().map((json) => json.slice(0, -1)),
      fc.constantFrom("<script>alert(1)</script>", "\u0000", "{\u202e}", "nul", "[1,]", '{"a":1}}', "\ud800"),
    );
    await fc.assert(
      fc.asyncProperty(text, locale, async (body, language) => {
        const result = await readJsonBody(post(body), language);
        const expected = jsonIn(new TextEncoder().encode(body));
        if (expected) {
          expect(result).toEqual({ ok: true, value: expected.value });
          return;
        }
        const response = expectRefusal(result, language, 400);
        const { code, message, issues } = (
          response.body as { error: { code: string; message: string; issues: unknown[] } }
        ).error;
        if (code === "invalid-json") {
          expect(message).toContain(language === "da" ? "ikke gyldig JSON" : "not valid JSON");
          expect(issues).toHaveLength(1);
          // The parser's own English message never reaches a Danish user.
          if (language === "da") expect(message).not.toMatch(/Unexpected|Expected|is not valid JSON/);
        } else {
          expect(code).toBe("empty-body");
        }
      }),
      { numRuns: 150 },
    );
  }, 30_000);

  it("refuses every content type but JSON in UTF-8 with a 415, and reads JSON in any spelling", async () => {
    const printable = fc.stringMatching(/^[\x20-\x7e]{0,60}$/).filter((type) => !/json/i.test(type));
    const contentType = fc.oneof(
      fc.constantFrom(...jsonContentTypes).map((type) => ({ type, json: true })),
      fc.constantFrom(...otherContentTypes).map((type) => ({ type, json: false })),
      printable.map((type) => ({ type, json: false })),
    );
    await fc.assert(
      fc.asyncProperty(contentType, locale, async ({ type, json }, language) => {
        const headers: Record<string, string> = type === "" ? {} : { "content-type": type };
        const result = await readJsonBody(post('{"a":1}', headers), language);
        if (json) expect(result).toEqual({ ok: true, value: { a: 1 } });
        else expectRefusal(result, language, 415);
      }),
      { numRuns: 200 },
    );
  });

  it("refuses a body over 512 kB with a 413 and reads one at the limit, however it arrives", async () => {
    const size = fc.oneof(
      fc.integer({ min: MAX_BODY_BYTES - 8, max: MAX_BODY_BYTES + 8 }),
      fc.integer({ min: MAX_BODY_BYTES - 4096, max: MAX_BODY_BYTES + 4096 }),
    );
    const arrival = fc.oneof(
      fc.constant("whole" as const),
      fc.array(fc.integer({ min: 1, max: 200_000 }), { minLength: 1, maxLength: 5 }),
    );
    await fc.assert(
      fc.asyncProperty(
        size,
        fc.constantFrom("x", "æ", "😀"),
        arrival,
        locale,
        async (bytes, character, pieces, language) => {
          // A JSON text of exactly `bytes` bytes: a string of multi-byte characters padded with spaces.
          const unit = new TextEncoder().encode(character).length;
          const text = JSON.stringify(character.repeat(Math.floor((bytes - 2) / unit)));
          const encoded = new TextEncoder().encode(
            text + " ".repeat(bytes - new TextEncoder().encode(text).length),
          );
          expect(encoded.length).toBe(bytes);
          const result = await readJsonBody(
            post(pieces === "whole" ? encoded : streamOf(encoded, pieces)),
            language,
          );
          if (bytes > MAX_BODY_BYTES) expectRefusal(result, language, 413);
          else expect(result.ok).toBe(true);
        },
      ),
      { numRuns: 40 },
    );
  }, 30_000);

  it("refuses a declared Content-Length over the limit even when the body is small", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: MAX_BODY_BYTES + 1, max: Number.MAX_SAFE_INTEGER }),
        locale,
        async (length, language) => {
          const headers = { "content-type": "application/json", "content-length": String(length) };
          expectRefusal(await readJsonBody(post("{}", headers), language), language, 413);
        },
      ),
      { numRuns: 100 },
    );
  });

  it("answers an empty or missing body with a 400 that asks for a document", async () => {
    for (const body of [null, "", "   ", "\uFEFF", "\r\n\t "]) {
      for (const language of ["da", "en"] as const) {
        const response = expectRefusal(await readJsonBody(post(body), language), language, 400);
        expect(response.body).toMatchObject({ error: { code: "empty-body" } });
      }
    }
  });

  it("answers a body that breaks off mid-stream with a 400, never an unhandled error", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 100 }), locale, async (start, language) => {
        const broken = new ReadableStream<Uint8Array>({
          start(controller) {
            if (start.length > 0) controller.enqueue(start);
            controller.error(new Error("connection reset"));
          },
        });
        const response = expectRefusal(await readJsonBody(post(broken), language), language, 400);
        expect(response.body).toMatchObject({ error: { code: "unreadable-body" } });
      }),
      { numRuns: 50 },
    );
  });
});
