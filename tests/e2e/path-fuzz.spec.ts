import fc from "fast-check";
import { request as httpRequest } from "node:http";
import { expect, test } from "./fixtures/test";
import { expectCommonHeaders, findDirective, headerValues, type HeaderEntry } from "./fixtures/security";

/**
 * Generated addresses against the running production server: no path, however odd, gets a 5xx,
 * and every answer, error or not, carries the security headers. Requests go out through
 * node:http with the path exactly as generated, so broken percent-encodings reach the server as
 * they are (a browser or Playwright's request client would encode the stray "%").
 */
const origin = new URL(`http://127.0.0.1:${Number(process.env.E2E_PORT ?? 3000)}`);

interface Answer {
  status: number;
  headers: HeaderEntry[];
}

function send(method: "GET" | "HEAD" | "POST", path: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      {
        host: origin.hostname,
        port: origin.port,
        method,
        path,
        agent: false,
        headers: {
          Connection: "close",
          ...(method === "POST" ? { "Content-Type": "application/json" } : {}),
        },
        timeout: 30_000,
      },
      (response) => {
        response.resume();
        response.on("end", () => {
          const raw = response.rawHeaders;
          const headers: HeaderEntry[] = [];
          for (let index = 0; index < raw.length; index += 2) {
            headers.push({ name: raw[index] ?? "", value: raw[index + 1] ?? "" });
          }
          resolve({ status: response.statusCode ?? 0, headers });
        });
      },
    );
    outgoing.on("timeout", () => outgoing.destroy(new Error(`no answer to ${method} ${path} within 30 s`)));
    outgoing.on("error", reject);
    outgoing.end(method === "POST" ? "{}" : undefined);
  });
}

/** Characters allowed unescaped in a request line, so node:http sends them as they are. */
const pathChar = fc.constantFrom(
  ..."abcdefghijklmnopqrstuvwxyzABCXYZ0123456789-._~!$&'()*+,;=:@/?#[]|\\^`{}<>\"",
);

/** One path segment: known words, percent-encodings whole or broken, traversal and plain noise. */
const segment = fc.oneof(
  fc.constantFrom(
    "da",
    "en",
    "de",
    "api",
    "assess",
    "report",
    "schema",
    "health",
    "content",
    "cases",
    "atp",
    "faxe",
    "assessment",
    "profile",
    "review",
    "results",
    "method",
    "accessibility",
    "business-case",
    "_next",
    "static",
    "chunks",
    "__proto__",
    "constructor",
    "..",
    ".",
    "",
    "%",
    "%f",
    "%ff",
    "%zz",
    "%00",
    "%2e%2e",
    "%2f",
    "..%2f",
    "%c3%a6",
    "%c3",
    "%e2%80%8b",
    "%0d%0a",
    "%25",
    "%5c",
    "index.html",
    "robots.txt",
    "favicon.ico",
  ),
  fc.string({ unit: pathChar, maxLength: 24 }),
  fc.string({ unit: pathChar, minLength: 200, maxLength: 2_000 }),
  fc
    .array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 6 })
    .map((bytes) => bytes.map((byte) => `%${byte.toString(16).padStart(2, "0")}`).join("")),
);

/** Addresses that exist, so that pages and API answers are fuzzed too, here with an odd query. */
const knownPath = fc
  .tuple(
    fc.constantFrom("/da", "/en", "/da/cases/atp", "/en/method", "/api/health", "/api/schema", "/da/results"),
    fc.option(fc.string({ unit: pathChar, maxLength: 40 }), { nil: undefined }),
  )
  .map(([known, query]) => (query === undefined ? known : `${known}?${query}`));

const path = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.array(segment, { minLength: 1, maxLength: 6 }).map((parts) => `/${parts.join("/")}`),
  },
  { weight: 1, arbitrary: knownPath },
);

const method = fc.constantFrom<"GET" | "HEAD" | "POST">("GET", "GET", "GET", "HEAD", "POST");

test("no generated path gets a 5xx, and every answer carries the security headers", async () => {
  test.setTimeout(300_000);
  const seen = new Map<number, number>();
  await fc.assert(
    fc.asyncProperty(method, path, async (verb, target) => {
      const answer = await send(verb, target);
      seen.set(answer.status, (seen.get(answer.status) ?? 0) + 1);
      expect(answer.status, `${verb} ${target}`).toBeGreaterThanOrEqual(200);
      expect(answer.status, `${verb} ${target}`).toBeLessThan(500);
      expectCommonHeaders(answer.headers);
      const policies = headerValues(answer.headers, "Content-Security-Policy");
      expect(policies, `${verb} ${target}: exactly one Content-Security-Policy`).toHaveLength(1);
      expect(findDirective(policies[0] ?? "", "frame-ancestors")).toBe("frame-ancestors 'none'");
    }),
    // Next's own trailing-slash redirect, which once went out without any security header.
    {
      numRuns: 300,
      endOnFailure: true,
      examples: [
        ["GET", "/da/cases/"],
        ["HEAD", "/api/health/"],
      ],
    },
  );
  // The generator reached pages, refusals and missing addresses alike, not one kind of answer.
  expect([...seen.keys()].some((status) => status < 300)).toBe(true);
  expect(seen.get(404) ?? 0).toBeGreaterThan(0);
  expect([...seen.keys()].some((status) => status === 400 || status === 405)).toBe(true);
});
