import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { answersDocumentSchema } from "../schemas/answers";
import { assessProject } from "./assess-project";
import { dontKnow, internalExtractionProfile, makeDocument, option, options } from "./fixtures/answers";
import { fixtureContent } from "./fixtures/content";
import { answersFromCaseProfile } from "./fixtures/profile-answers";
import { compareValues, isInCommon, isWeakMatch, matchCases } from "./match-cases";

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
      const [first] = matchCases(fixtureContent, answersFromCaseProfile(study, fixtureContent), []);
      expect(first?.caseId).toBe(study.id);
      expect(first?.similarity).toBe(100);
    }
  });

  it("says what matches and what differs, heaviest attributes first", () => {
    const matches = matchCases(fixtureContent, internalExtractionProfile, []);
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
    // (3 + 2 + 2 + 1.5 + 1/3) of the 16 weight points compared: 55.2 %, shown as 55
    expect(atp?.similarity).toBe(55);
  });

  it("leaves out what the project did not answer and what the catalogue does not state", () => {
    const matches = matchCases(fixtureContent, { ...internalExtractionProfile, domain: dontKnow }, []);
    const faxe = matches.find((match) => match.caseId === "faxe");
    expect(faxe?.notCompared).toEqual(["domain", "annual-volume", "processing-location"]);
    expect(faxe?.matches.concat(faxe.differs).map((c) => c.attribute)).not.toContain("use-areas");
  });

  it("ranks by similarity and gives 0 with everything left out when nothing can be compared", () => {
    const ranked = matchCases(
      fixtureContent,
      { domain: option("health"), technology: options("computer-vision", "deep-learning") },
      [],
    );
    expect(ranked.slice(0, 2).map((match) => match.caseId)).toEqual(["region-hovedstaden", "prenaital"]);
    const empty = matchCases(fixtureContent, {}, []);
    expect(empty.map((match) => match.caseId)).toEqual(fixtureContent.cases.map((study) => study.id));
    expect(empty.every((match) => match.similarity === 0 && match.matches.length === 0)).toBe(true);
    expect(empty[0]?.notCompared).toHaveLength(10);
  });

  it("offers each case's note on the project's weakest prerequisite when that is its only gap", () => {
    const gaps = [{ prerequisite: "legal", advice: null, reason: "weakest" }] as const;
    const [first] = matchCases(fixtureContent, internalExtractionProfile, gaps);
    expect(first?.lesson).toEqual({
      prerequisite: "legal",
      advice: null,
      reason: "weakest",
      text: {
        da: `${first?.caseId}: læring om juridiske overvejelser`,
        en: `${first?.caseId}: lesson on legal considerations`,
      },
    });
    expect(matchCases(fixtureContent, internalExtractionProfile, [])[0]?.lesson).toBeNull();
  });

  it("never lists values that are merely near each other, such as no and ordinary personal data, as shared", () => {
    const noPersonalData = { ...internalExtractionProfile, "personal-data": option("none") };
    for (const match of matchCases(fixtureContent, noPersonalData, [])) {
      const personal = match.matches.concat(match.differs).find((c) => c.attribute === "personal-data");
      if (!personal || personal.similarity === 1) continue;
      expect(match.matches.map((c) => c.attribute)).not.toContain("personal-data");
      expect(match.differs.map((c) => c.attribute)).toContain("personal-data");
    }
  });
});

describe("isInCommon", () => {
  it("lists an attribute as shared only with a shared value or values close on their scale", () => {
    expect(isInCommon({ similarity: 1, shared: ["ocr"] })).toBe(true);
    expect(isInCommon({ similarity: 0.5, shared: ["computer-vision"] })).toBe(true);
    expect(isInCommon({ similarity: 1 / 3, shared: ["ocr"] })).toBe(false);
    expect(isInCommon({ similarity: 0.75, shared: [] })).toBe(true);
    expect(isInCommon({ similarity: 2 / 3, shared: [] })).toBe(false);
    expect(isInCommon({ similarity: 0.5, shared: [] })).toBe(false);
  });
});

describe("isWeakMatch", () => {
  const matching = { closeFrom: 60, mustShare: ["technology" as const] };
  const technology = (shared: string[]) => ({
    attribute: "technology" as const,
    similarity: shared.length > 0 ? 0.5 : 0,
    weight: 3,
    projectValues: ["generative-ai", ...shared],
    caseValues: ["machine-learning", ...shared],
    shared,
  });

  it("calls a case weak below the content's threshold, and close from it", () => {
    expect(isWeakMatch({ similarity: 59, matches: [technology(["ocr"])], differs: [] }, matching)).toBe(true);
    expect(isWeakMatch({ similarity: 60, matches: [technology(["ocr"])], differs: [] }, matching)).toBe(
      false,
    );
  });

  it("calls a case weak, however similar, when it shares no technology with the project", () => {
    expect(isWeakMatch({ similarity: 81, matches: [], differs: [technology([])] }, matching)).toBe(true);
  });

  it("does not hold an unanswered technology against the case", () => {
    expect(isWeakMatch({ similarity: 70, matches: [], differs: [] }, matching)).toBe(false);
  });

  it("marks each case's own profile as a close match", () => {
    for (const study of fixtureContent.cases) {
      const [first] = matchCases(fixtureContent, answersFromCaseProfile(study, fixtureContent), []);
      expect(first?.weak, study.id).toBe(false);
    }
  });
});

// The real content is checked too when it loads; the engine's tests never depend on it.
const realContent = await import("@/content").then((module) => module.content).catch(() => null);

describe.skipIf(realContent === null)("matchCases on the real content", () => {
  it("ranks each of the six cases first when the project describes that case's own profile", () => {
    if (!realContent) return;
    for (const study of realContent.cases) {
      const answers = answersFromCaseProfile(study, realContent);
      const [first, second] = matchCases(realContent, answers, []);
      expect(first?.caseId).toBe(study.id);
      expect(first?.similarity).toBe(100);
      expect(second?.similarity).toBeLessThan(100);
    }
  });

  it("ranks its own case first for each of the six example files", () => {
    if (!realContent) return;
    const dir = join(__dirname, "..", "..", "examples");
    const files = readdirSync(dir).filter((name) => name.endsWith(".json"));
    expect(files.map((name) => name.replace(/\.json$/, "")).sort()).toEqual(
      realContent.cases.map((study) => study.id).sort(),
    );
    for (const name of files) {
      const doc = answersDocumentSchema.parse(JSON.parse(readFileSync(join(dir, name), "utf8")));
      const [first, second] = assessProject(doc, realContent).matches;
      expect(first?.caseId, name).toBe(name.replace(/\.json$/, ""));
      expect(first?.similarity, name).toBeGreaterThan(second?.similarity ?? 0);
    }
  });

  it("gives a bought document-sorting project with an unexamined legal basis lessons on that gap", () => {
    if (!realContent) return;
    // The walkthrough's project: scanned building-case documents sorted to caseworkers.
    const answers = {
      "organisation-kind": option("municipality"),
      domain: option("building-planning"),
      technology: options("ocr", "machine-learning"),
      "data-types": options("documents"),
      "personal-data": option("ordinary"),
      audience: option("internal"),
      "ai-role": option("triage-routing"),
      "annual-volume": option("1000-to-10000"),
      sourcing: option("buy"),
      "use-areas": options("none-of-these"),
      profiling: option("no"),
      "legal-basis-operation": option("not-examined"),
    };
    const matches = assessProject(makeDocument(answers), realContent).matches;
    const lessonOf = (id: string) => matches.find((match) => match.caseId === id)?.lesson;
    // Skatteforvaltningen's legal lesson sits in its organisation note; the blocker is legal.
    expect(lessonOf("skatteforvaltningen")).toMatchObject({ prerequisite: "legal", reason: "blocker" });
    expect(lessonOf("skatteforvaltningen")?.text.da).toContain("juridiske analyser og godkendelser");
    // Faxe's "no personal data" judgement does not fit this project; its IT-contracts advice does.
    expect(lessonOf("faxe")?.text.da).not.toContain("ikke behandler personoplysninger");
    expect(lessonOf("faxe")?.text.da).toContain("it-kontraktgruppen");
    // Faxe is no longer in common with it on personal data or the AI's role.
    const faxe = matches.find((match) => match.caseId === "faxe");
    expect(faxe?.matches.map((c) => c.attribute)).not.toContain("personal-data");
    expect(faxe?.matches.map((c) => c.attribute)).not.toContain("ai-role");
    expect(faxe?.matches.map((c) => c.attribute)).not.toContain("domain");
  });
});
