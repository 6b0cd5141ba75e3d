import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { triageLegal } from "@/lib/engine/triage-legal";
import { answersDocumentSchema, type Answers } from "@/lib/schemas/answers";
import { content } from "./index";
import { legalContent } from "./legal";

const option = (value: string) => ({ type: "option" as const, value });
const options = (...values: string[]) => ({ type: "options" as const, values });
const dontKnow = { type: "dont-know" as const };

/** A municipality's project on the real content: personal data, staff-facing, no particular area. */
const base: Answers = {
  "organisation-kind": option("municipality"),
  domain: option("administration"),
  technology: options("machine-learning"),
  "data-types": options("documents"),
  "personal-data": option("ordinary"),
  audience: option("affects-citizens"),
  "ai-role": option("extraction"),
  "annual-volume": option("1000-to-10000"),
  sourcing: option("buy"),
  "use-areas": options("none-of-these"),
  profiling: option("no"),
};

const triage = (changes: Answers) => triageLegal(content, { ...base, ...changes });

function example(name: string): Answers {
  const raw: unknown = JSON.parse(readFileSync(`examples/${name}.json`, "utf8"));
  return answersDocumentSchema.parse(raw).answers;
}

describe("the legal content", () => {
  it("treats the Digital Omnibus as adopted law: no text calls its dates proposed or planned", () => {
    const texts = [
      ...legalContent.rules.flatMap((rule) => [rule.summary, rule.title, rule.source.title]),
      ...legalContent.dates.flatMap((date) => [date.text, date.source.title]),
    ];
    for (const text of texts) {
      expect(text.da).not.toMatch(/forslag(et)? om en »Digital Omnibus«|foreslået|planlagt/i);
      expect(text.en).not.toMatch(/Omnibus” proposal|proposed|planned/i);
    }
    expect(legalContent.dates.some((date) => date.status === "proposed")).toBe(false);
    const byId = new Map(legalContent.dates.map((date) => [date.id, date.date]));
    expect(byId.get("digital-omnibus-annex-iii")).toBe("2027-12-02");
    expect(byId.get("digital-omnibus-annex-i")).toBe("2028-08-02");
    expect([...byId.values()].filter((date) => date === "2027-08-02")).toHaveLength(1);
  });

  it("gives every date the day it was last checked", () => {
    for (const date of legalContent.dates) expect(date.checkedOn, date.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe("the Article 6(3) exception on the real content", () => {
  it.each([
    ["emergency-call triage", "emergency-triage", "triage-routing"],
    ["staff monitoring", "employment", "monitoring-alerts"],
    ["triage of applicants", "employment", "triage-routing"],
    ["biometric alerts", "biometrics", "monitoring-alerts"],
    ["biometric document reading", "biometrics", "extraction"],
    ["exam proctoring", "education", "monitoring-alerts"],
  ])("is never offered for %s", (_name, area, role) => {
    const result = triage({ "use-areas": options(area), "ai-role": option(role) });
    expect(result.aiActClass).toBe("high-risk-annex-iii");
    expect(result.fria).toMatchObject({ applies: true, registration: true });
  });

  it("is never offered while profiling is unknown or yes", () => {
    for (const profiling of [dontKnow, option("yes")]) {
      const result = triage({ "use-areas": options("public-benefits"), profiling });
      expect(result.aiActClass).toBe("high-risk-annex-iii");
    }
    expect(triage({ "use-areas": options("public-benefits") }).aiActClass).toBe("annex-iii-exception");
  });
});

describe("prohibited practices and biometrics on the real content", () => {
  it.each([
    "emotion-recognition-work-education",
    "biometric-categorisation-sensitive",
    "crime-prediction-profiling",
    "exploiting-vulnerabilities",
    "face-scraping",
    "intimate-image-generation",
    "social-scoring",
  ])("calls %s prohibited and asks for no FRIA", (practice) => {
    const result = triage({ "use-areas": options(practice, "employment") });
    expect(result.aiActClass).toBe("prohibited");
    expect(result.fria.applies).toBe(false);
    expect(result.aiActReasons[0]?.ruleIds).toEqual(["ai-act-art-5"]);
  });

  it("does not call 1:1 biometric verification high-risk, and gives emotion recognition the Article 50(3) duty", () => {
    expect(triage({ "use-areas": options("biometric-verification") }).aiActClass).toBe("minimal");
    const emotion = triage({
      "use-areas": options("emotion-recognition"),
      "ai-role": option("decision-support"),
    });
    expect(emotion.aiActClass).toBe("high-risk-annex-iii");
    expect(emotion.transparencyDuties.some((duty) => duty.text.en.includes("Article 50(3)"))).toBe(true);
  });

  it("gives a body that builds a high-risk system the provider's duties", () => {
    const built = triage({
      "use-areas": options("public-benefits"),
      "ai-role": option("decision-support"),
      sourcing: option("build"),
    });
    expect(built.aiActReasons.some((reason) => reason.text.en.includes("you are then its provider"))).toBe(
      true,
    );
  });
});

describe("dates, DPIA and examples on the real content", () => {
  it("shows a minimal-risk project no high-risk dates", () => {
    const result = triage({ audience: option("internal") });
    expect(result.aiActClass).toBe("minimal");
    expect(result.datesToVerify).toEqual(["ai-act-prohibitions-and-literacy"]);
  });

  it("requires a DPIA for Skatteforvaltningen's example under Datatilsynet's list, with its criteria", () => {
    const { dpia } = triageLegal(content, example("skatteforvaltningen"));
    expect(["required", "likely"]).toContain(dpia.status);
    expect(dpia.triggers[0]?.ruleIds).toContain("datatilsynet-dpia-list");
    const met = dpia.criteria.filter((criterion) => criterion.state === "met").map((c) => c.id);
    expect(met).toEqual(expect.arrayContaining(["large-scale", "innovative-technology"]));
  });
});
