import { describe, expect, it } from "vitest";
import { dontKnow, internalExtractionProfile, option, options } from "./fixtures/answers";
import { fixtureContent } from "./fixtures/content";
import { answersFromCaseProfile } from "./fixtures/profile-answers";
import { compareValues, matchCases } from "./match-cases";

function attribute(id: string) {
  const found = fixtureContent.vocabulary.find((candidate) => candidate.id === id);
  if (!found) throw new Error(id);
  return found;
}

describe("compareValues", () => {
  it("counts a single nominal value as alike only when equal", () => {
    expect(compareValues(attribute("domain"), ["health"], ["health"])).toBe(1);
    expect(compareValues(attribute("domain"), ["health"], ["elderly-care"])).toBe(0);
  });

  it("counts near values on an ordinal scale as partly alike", () => {
    expect(compareValues(attribute("personal-data"), ["ordinary"], ["special-category"])).toBeCloseTo(
      2 / 3,
      10,
    );
    expect(compareValues(attribute("personal-data"), ["none"], ["ordinary"])).toBeCloseTo(1 / 3, 10);
    expect(compareValues(attribute("annual-volume"), ["under-1000"], ["over-100000"])).toBe(0);
    expect(compareValues(attribute("ai-role"), ["decision-support"], ["automated-decision"])).toBe(0.75);
  });

  it("compares sets of values by their overlap (Jaccard)", () => {
    expect(
      compareValues(attribute("technology"), ["computer-vision"], ["computer-vision", "deep-learning"]),
    ).toBe(0.5);
    expect(compareValues(attribute("technology"), ["ocr"], ["computer-vision"])).toBe(0);
  });
});

describe("matchCases", () => {
  it("ranks each case first when the project describes that case's own profile", () => {
    for (const study of fixtureContent.cases) {
      const [first] = matchCases(fixtureContent, answersFromCaseProfile(study, fixtureContent), null);
      expect(first?.caseId).toBe(study.id);
      expect(first?.similarity).toBe(100);
    }
  });

  it("says what matches and what differs, heaviest attributes first", () => {
    const matches = matchCases(fixtureContent, internalExtractionProfile, null);
    const atp = matches.find((match) => match.caseId === "atp");
    expect(atp?.matches.map((c) => c.attribute)).toEqual([
      "technology",
      "data-types",
      "ai-role",
      "personal-data",
    ]);
    expect(atp?.matches[0]).toMatchObject({
      similarity: 1,
      projectValues: ["machine-learning", "ocr"],
      caseValues: ["ocr", "machine-learning"],
      shared: ["machine-learning", "ocr"],
      weight: 3,
    });
    expect(atp?.differs.map((c) => c.attribute)).toEqual([
      "domain",
      "organisation-kind",
      "audience",
      "annual-volume",
      "sourcing",
      "processing-location",
    ]);
    expect(atp?.differs.find((c) => c.attribute === "annual-volume")?.similarity).toBeCloseTo(1 / 3, 10);
    // (3 + 2 + 2 + 1.5 + 1/3) of the 16 weight points compared
    expect(atp?.similarity).toBe(55.2);
  });

  it("leaves out what the project did not answer and what the catalogue does not state", () => {
    const matches = matchCases(fixtureContent, { ...internalExtractionProfile, domain: dontKnow }, null);
    const faxe = matches.find((match) => match.caseId === "faxe");
    expect(faxe?.notCompared).toEqual(["domain", "annual-volume", "processing-location"]);
    expect(faxe?.matches.concat(faxe.differs).map((c) => c.attribute)).not.toContain("use-areas");
  });

  it("ranks by similarity and gives 0 with everything left out when nothing can be compared", () => {
    const ranked = matchCases(
      fixtureContent,
      { domain: option("health"), technology: options("computer-vision", "deep-learning") },
      null,
    );
    expect(ranked.slice(0, 2).map((match) => match.caseId)).toEqual(["region-hovedstaden", "prenaital"]);
    const empty = matchCases(fixtureContent, {}, null);
    expect(empty.map((match) => match.caseId)).toEqual(fixtureContent.cases.map((study) => study.id));
    expect(empty.every((match) => match.similarity === 0 && match.matches.length === 0)).toBe(true);
    expect(empty[0]?.notCompared).toHaveLength(10);
  });

  it("offers each case's lesson on the project's weakest prerequisite", () => {
    const [first] = matchCases(fixtureContent, internalExtractionProfile, "legal");
    expect(first?.lesson).toEqual({
      prerequisite: "legal",
      text: {
        da: `${first?.caseId}: læring om juridiske overvejelser`,
        en: `${first?.caseId}: lesson on legal considerations`,
      },
    });
    expect(matchCases(fixtureContent, internalExtractionProfile, null)[0]?.lesson).toBeNull();
  });
});

// The real content is checked too when it loads; the engine's tests never depend on it.
const realContent = await import("@/content").then((module) => module.content).catch(() => null);

describe.skipIf(realContent === null)("matchCases on the real content", () => {
  it("ranks each of the six cases first when the project describes that case's own profile", () => {
    if (!realContent) return;
    for (const study of realContent.cases) {
      const answers = answersFromCaseProfile(study, realContent);
      const [first, second] = matchCases(realContent, answers, null);
      expect(first?.caseId).toBe(study.id);
      expect(first?.similarity).toBe(100);
      expect(second?.similarity).toBeLessThan(100);
    }
  });
});
