import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { AssessmentResult } from "@/lib/engine/types";
import { GET, POST } from "./route";

const example = (id: string) => readFileSync(join(__dirname, "../../../examples", `${id}.json`), "utf8");

function post(
  body: string,
  headers: Record<string, string> = { "content-type": "application/json" },
  query = "",
) {
  return new Request(`http://127.0.0.1/api/assess${query}`, { method: "POST", headers, body });
}

async function errorOf(response: Response) {
  return (
    (await response.json()) as { error: { status: number; message: string; issues: { path: string }[] } }
  ).error;
}

describe("POST /api/assess", () => {
  it("scores an answers document and returns the full result", async () => {
    const response = await POST(post(example("skatteforvaltningen")));
    expect(response.status).toBe(200);
    const result = (await response.json()) as AssessmentResult;
    expect(result.matches[0]?.caseId).toBe("skatteforvaltningen");
    expect(result.prerequisites.map((p) => p.id)).toEqual([
      "data-technology",
      "organisation",
      "competences",
      "legal",
      "scaling",
    ]);
    expect(result.legal.legalBasis).toHaveLength(3);
    expect(result.modelVersion).toBeTruthy();
  });

  it("answers malformed JSON with a 400 and a message", async () => {
    const response = await POST(post("{ not json", undefined, "?lang=en"));
    expect(response.status).toBe(400);
    expect((await errorOf(response)).message).toContain("not valid JSON");
  });

  it("answers an invalid document with a 400 naming the field, in Danish by default", async () => {
    const doc = JSON.parse(example("faxe")) as { answers: Record<string, unknown> };
    doc.answers["dt-data-access"] = { type: "option", value: "maybe" };
    const response = await POST(post(JSON.stringify(doc)));
    expect(response.status).toBe(400);
    const error = await errorOf(response);
    expect(error.issues.map((i) => i.path)).toContain("answers.dt-data-access");
    expect(error.message).toContain("Svardokumentet er ikke gyldigt");
  });

  it("answers a body over the limit with a 413", async () => {
    const response = await POST(post(`{"x":"${"a".repeat(600 * 1024)}"}`));
    expect(response.status).toBe(413);
  });

  it("answers a body that is not JSON with a 415", async () => {
    const response = await POST(post(example("faxe"), { "content-type": "text/plain" }));
    expect(response.status).toBe(415);
  });

  it("answers another method with a 405 and an Allow header", async () => {
    const response = GET(new Request("http://127.0.0.1/api/assess", { method: "GET" }));
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("POST");
  });
});
