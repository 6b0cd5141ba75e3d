import { describe, expect, it } from "vitest";
import { MAX_BODY_BYTES, readJsonBody } from "./read-json-body";

function post(body: string, contentType = "application/json", headers: Record<string, string> = {}) {
  return new Request("http://127.0.0.1/api/assess", {
    method: "POST",
    headers: { "content-type": contentType, ...headers },
    body,
  });
}

describe("readJsonBody", () => {
  it("parses a JSON body", async () => {
    expect(await readJsonBody(post('{"a":1}'), "en")).toEqual({ ok: true, value: { a: 1 } });
  });

  it("refuses malformed JSON with a 400 that says so in the requested language", async () => {
    const result = await readJsonBody(post("{not json"), "da");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.response.status).toBe(400);
    expect(JSON.stringify(result.response.body)).toContain("ikke gyldig JSON");
  });

  it("refuses an empty body with a 400", async () => {
    const result = await readJsonBody(post("  "), "en");
    expect(!result.ok && result.response.status).toBe(400);
  });

  it("refuses a body over the limit with a 413, even without a Content-Length", async () => {
    const result = await readJsonBody(post(`"${"x".repeat(MAX_BODY_BYTES + 10)}"`), "en");
    expect(!result.ok && result.response.status).toBe(413);
  });

  it("refuses a declared Content-Length over the limit before reading", async () => {
    const result = await readJsonBody(
      post("{}", "application/json", { "content-length": String(MAX_BODY_BYTES + 1) }),
      "en",
    );
    expect(!result.ok && result.response.status).toBe(413);
  });

  it("refuses a body over a limit the operator set, naming that limit", async () => {
    const result = await readJsonBody(post(`"${"x".repeat(20 * 1024)}"`), "en", 16 * 1024);
    expect(!result.ok && result.response.status).toBe(413);
    expect(!result.ok && JSON.stringify(result.response.body)).toContain("at most 16 kB");
  });

  it("refuses a body that is not declared as JSON with a 415", async () => {
    const result = await readJsonBody(post("{}", "text/plain"), "en");
    expect(!result.ok && result.response.status).toBe(415);
  });
});
