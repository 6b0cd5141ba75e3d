import { describe, expect, it } from "vitest";
import { assessProject } from "./assess-project";
import { makeDocument, option, strongAnswers } from "./fixtures/answers";
import { fixtureContent } from "./fixtures/content";
import { MODEL_VERSION } from "./model-version";

describe("assessProject on named fixtures", () => {
  it("finds a strong project ready, with nothing in its way", () => {
    const result = assessProject(makeDocument(strongAnswers(fixtureContent)), fixtureContent);
    expect(result.overall).toEqual({
      score: 100,
      level: "ready",
      bandLevel: "ready",
      cappedBy: [],
      provisional: false,
      unansweredQuestionIds: [],
      basis: "full",
    });
    expect(result.prerequisites.map((p) => [p.id, p.score])).toEqual([
      ["data-technology", 100],
      ["organisation", 100],
      ["competences", 100],
      ["legal", 100],
      ["scaling", 100],
    ]);
    expect(result.blockers).toEqual([]);
    expect(result.advice.map((check) => check.outcome)).toEqual(["pass", "pass", "pass"]);
    expect(result.legal.aiActClass).toBe("minimal");
    expect(result.plan).toEqual([]);
    expect(result.matches).toHaveLength(6);
    expect(result.weakestPrerequisite).toBe("data-technology");
    expect(result.modelVersion).toBe(MODEL_VERSION);
    expect(result.contentVersion).toBe("fixture-1");
  });

  it("holds a high-scoring project at not ready when nobody has examined the legal basis", () => {
    const answers = { ...strongAnswers(fixtureContent), "legal-basis-operation": option("not-examined") };
    const result = assessProject(makeDocument(answers), fixtureContent);
    // legal: 4 of 6 weighted points = 67; overall (4 × 100 + 67) / 5 = 93.4, shown as 93
    expect(result.overall).toEqual({
      score: 93,
      level: "not-ready",
      bandLevel: "ready",
      cappedBy: ["personal-data-without-legal-basis"],
      provisional: false,
      unansweredQuestionIds: [],
      basis: "full",
    });
    expect(result.weakestPrerequisite).toBe("legal");
    expect(result.plan[0]).toMatchObject({
      questionId: "legal-basis-operation",
      gate: "before-go-on",
      liftsBlockers: ["personal-data-without-legal-basis"],
    });
    expect(result.advice.find((check) => check.id === "legal-early")?.outcome).toBe("fail");
    expect(result.matches[0]?.lesson?.prerequisite).toBe("legal");
  });

  it("gives no overall score and no level, »not enough answers yet«, with too few answers", () => {
    const result = assessProject(
      makeDocument({ "org-owner": option("named"), "org-management": option("yes") }),
      fixtureContent,
    );
    expect(result.overall).toMatchObject({ score: null, level: null, bandLevel: null, provisional: false });
    expect(result.overall.unansweredQuestionIds).toContain("dt-data-access");
    // An empty question reads as »Ved ikke«: the blocker says access is not clarified.
    expect(result.blockers.find((b) => b.id === "no-data-access")).toMatchObject({
      basis: "unknown",
      title: { da: "Adgang til data er ikke afklaret" },
    });
    expect(result.prerequisites.filter((p) => p.score !== null).map((p) => p.id)).toEqual(["organisation"]);
    expect(result.weakestPrerequisite).toBe("organisation");
    expect(result.legal.aiActClass).toBe("undetermined");
    expect(result.legal.dpia.status).toBe("undetermined");
  });

  it("places a middling project in its band", () => {
    const answers = {
      ...strongAnswers(fixtureContent),
      "dt-data-volume": option("pilot"),
      "dt-data-quality": option("known-issues"),
      "org-management": option("no"),
      "comp-ai-literacy": option("partly"),
      "comp-training": option("no"),
      "sc-operating-budget": option("no"),
    };
    const result = assessProject(makeDocument(answers), fixtureContent);
    // 74, 75, 50, 100 and 57 average 71.2: between 60 and 80
    expect(result.prerequisites.map((p) => p.score)).toEqual([74, 75, 50, 100, 57]);
    expect(result.overall).toMatchObject({ score: 71, level: "nearly-ready", provisional: false });
    expect(result.weakestPrerequisite).toBe("competences");
  });

  it("scores a skipped question as a gap and marks the level provisional", () => {
    const full = strongAnswers(fixtureContent);
    const skipped = { ...full };
    delete skipped["org-management"];
    const result = assessProject(makeDocument(skipped), fixtureContent);
    const organisation = result.prerequisites.find((p) => p.id === "organisation");
    expect(organisation).toMatchObject({ score: 75, unanswered: 1 });
    expect(result.overall).toMatchObject({ provisional: true, unansweredQuestionIds: ["org-management"] });
  });
});
