import { describe, expect, it } from "vitest";
import { content } from "@/content";
import { computeBusinessCase } from "@/lib/business-case/compute-business-case";
import { atpEstimate } from "@/lib/business-case/fixtures";
import { assessProject } from "@/lib/engine/assess-project";
import { makeDocument, option } from "@/lib/engine/fixtures/answers";
import { formatBusinessCase } from "./format-business-case";

const result = assessProject(
  makeDocument({ domain: option("social-benefits"), "ai-role": option("extraction") }),
  content,
);

describe("formatBusinessCase", () => {
  it("prints the closest cases' economics as stated, with not-stated figures named", () => {
    const text = formatBusinessCase(result, null, "da");
    expect(text).toContain("ATP / Udbetaling Danmark");
    expect(text).toContain("Investering: 400.000\u00a0kr.");
    expect(text).toContain("Årlig besparelse: Ikke beregnet");
    expect(text).toContain("Afledt (regnet her, ikke oplyst)");
    expect(text).toContain("Dokumentet har intet skøn");
  });

  it("prints the document's own estimate as a range", () => {
    const text = formatBusinessCase(result, computeBusinessCase(atpEstimate), "en");
    expect(text).toContain("Payback: 6 months / 6 months / 6 months");
    expect(text).toMatch(/Net present value: DKK\u00a0[\d,]+ \/ DKK/);
  });
});
