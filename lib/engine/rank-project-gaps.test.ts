import { describe, expect, it } from "vitest";
import { rankProjectGaps } from "./rank-project-gaps";

const prerequisites = [
  { id: "data-technology", score: 55 },
  { id: "organisation", score: 30 },
  { id: "competences", score: 80 },
  { id: "legal", score: 10 },
  { id: "scaling", score: null },
] as const;

describe("rankProjectGaps", () => {
  it("puts blockers first, then advice not followed, the weakest prerequisite, advice partly followed and other weak ones", () => {
    const gaps = rankProjectGaps({
      prerequisites,
      blockers: [{ prerequisite: "data-technology" }, { prerequisite: "data-technology" }],
      advice: [
        { id: "start-small", outcome: "warn" },
        { id: "legal-early", outcome: "fail" },
        { id: "data-first", outcome: "pass" },
      ],
    });
    expect(gaps).toEqual([
      { prerequisite: "data-technology", advice: null, reason: "blocker" },
      { prerequisite: null, advice: "legal-early", reason: "advice-not-followed" },
      { prerequisite: "legal", advice: null, reason: "weakest" },
      { prerequisite: null, advice: "start-small", reason: "advice-partly-followed" },
      { prerequisite: "organisation", advice: null, reason: "weak" },
    ]);
  });

  it("names no gap in a strong prerequisite other than the weakest, and none at all without scores", () => {
    const strong = prerequisites.map((entry) => ({ ...entry, score: entry.score === null ? null : 90 }));
    expect(rankProjectGaps({ prerequisites: strong, blockers: [], advice: [] })).toEqual([
      { prerequisite: "data-technology", advice: null, reason: "weakest" },
    ]);
    const unscored = prerequisites.map((entry) => ({ ...entry, score: null }));
    expect(rankProjectGaps({ prerequisites: unscored, blockers: [], advice: [] })).toEqual([]);
  });
});
