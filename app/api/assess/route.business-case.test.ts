import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { BusinessCaseResult } from "@/lib/business-case/compute-business-case";
import type { AssessmentResult } from "@/lib/engine/types";
import { POST } from "./route";

const example = (id: string) => readFileSync(join(__dirname, "../../../examples", `${id}.json`), "utf8");

function post(body: string) {
  return new Request("http://127.0.0.1/api/assess", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body,
  });
}

type Body = AssessmentResult & { businessCase?: BusinessCaseResult };

describe("POST /api/assess with a business case", () => {
  it("returns the estimate's ranges beside the assessment when the document holds one", async () => {
    const response = await POST(post(example("atp")));
    expect(response.status).toBe(200);
    const body = (await response.json()) as Body;
    expect(body.matches[0]?.caseId).toBe("atp");
    expect(body.businessCase?.paybackYears.mostLikely).toBeCloseTo(0.5, 10);
    expect(body.businessCase?.investment).toEqual({ min: 400_000, mostLikely: 400_000, max: 400_000 });
  });

  it("leaves the field out for a document without an estimate, also one of the first format", async () => {
    const body = (await (await POST(post(example("faxe")))).json()) as Body;
    expect(body.matches.length).toBeGreaterThan(0);
    expect("businessCase" in body).toBe(false);
  });

  it("refuses an estimate whose maximum is below its most likely value, naming the field", async () => {
    const document = JSON.parse(example("atp"));
    document.businessCase.annualOperation = { min: 100, mostLikely: 200, max: 150 };
    const response = await POST(post(JSON.stringify(document)));
    expect(response.status).toBe(400);
    const { error } = (await response.json()) as { error: { issues: { path: string }[] } };
    expect(error.issues.map((issue) => issue.path)).toContain("businessCase.annualOperation.max");
  });
});
