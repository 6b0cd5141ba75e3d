import { describe, expect, it } from "vitest";
import { fixtureContent } from "./fixtures/content";
import { findBandLevel, findWeakestPrerequisite, rateReadiness, scoreOverall } from "./rate-readiness";

const levels = fixtureContent.readinessLevels;

describe("rateReadiness", () => {
  it("averages the five prerequisite scores into a whole number", () => {
    expect(scoreOverall([80, 70, 50, 61, 40])).toBe(60);
    expect(scoreOverall([80, 70, 51, 61, 40])).toBe(60);
    expect(scoreOverall([80, 70, 53, 61, 40])).toBe(61);
  });

  it("gives no overall score and no level, only »not enough answers«, while a prerequisite lacks one", () => {
    expect(scoreOverall([90, 80, 70, 60, null])).toBeNull();
    expect(
      rateReadiness([90, null, 70, 80, 60], [{ id: "no-owner", capsAt: "not-ready" }], levels, ["org-owner"]),
    ).toEqual({
      score: null,
      level: null,
      bandLevel: null,
      cappedBy: [],
      provisional: false,
      unansweredQuestionIds: ["org-owner"],
    });
  });

  it("marks the level provisional while shown questions are unanswered", () => {
    expect(rateReadiness([90, 90, 90, 90, 90], [], levels, ["dt-data-access"])).toMatchObject({
      level: "ready",
      provisional: true,
      unansweredQuestionIds: ["dt-data-access"],
    });
    expect(rateReadiness([90, 90, 90, 90, 90], [], levels)).toMatchObject({ provisional: false });
  });

  it("places the score in the highest band whose minimum it reaches", () => {
    expect(findBandLevel(39.9, levels)).toBe("not-ready");
    expect(findBandLevel(40, levels)).toBe("early");
    expect(findBandLevel(79.9, levels)).toBe("nearly-ready");
    expect(findBandLevel(80, levels)).toBe("ready");
  });

  it("caps the level at the lowest cap of the firing blockers and names those that lowered it", () => {
    const overall = rateReadiness(
      [90, 90, 90, 90, 90],
      [
        { id: "no-owner", capsAt: "nearly-ready" },
        { id: "no-data-access", capsAt: "early" },
        { id: "harmless", capsAt: "ready" },
      ],
      levels,
    );
    expect(overall).toEqual({
      score: 90,
      level: "early",
      bandLevel: "ready",
      cappedBy: ["no-owner", "no-data-access"],
      provisional: false,
      unansweredQuestionIds: [],
    });
  });

  it("names no blocker when the band is already at or below its cap", () => {
    const overall = rateReadiness([50, 50, 50, 50, 50], [{ id: "no-owner", capsAt: "nearly-ready" }], levels);
    expect(overall).toMatchObject({ level: "early", bandLevel: "early", cappedBy: [] });
  });

  it("picks the weakest prerequisite, the first of equals", () => {
    expect(
      findWeakestPrerequisite([
        { id: "data-technology", score: 70 },
        { id: "organisation", score: 40 },
        { id: "competences", score: null },
        { id: "legal", score: 40 },
        { id: "scaling", score: 90 },
      ]),
    ).toBe("organisation");
    expect(findWeakestPrerequisite([{ id: "legal", score: null }])).toBeNull();
  });
});
