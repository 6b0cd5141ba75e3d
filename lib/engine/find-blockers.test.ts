import { describe, expect, it } from "vitest";
import { findBlockers } from "./find-blockers";
import { dontKnow, internalExtractionProfile, option, strongAnswers } from "./fixtures/answers";
import { fixtureContent } from "./fixtures/content";

describe("findBlockers", () => {
  it("finds nothing in a strong project", () => {
    expect(findBlockers(fixtureContent, strongAnswers(fixtureContent))).toEqual([]);
  });

  it("stops a project with personal data whose legal basis nobody has examined", () => {
    const answers = { ...strongAnswers(fixtureContent), "legal-basis-operation": option("not-examined") };
    const [blocker, ...others] = findBlockers(fixtureContent, answers);
    expect(others).toEqual([]);
    expect(blocker).toMatchObject({
      id: "personal-data-without-legal-basis",
      prerequisite: "legal",
      capsAt: "not-ready",
      case: "naestved",
      questionIds: ["personal-data", "legal-basis-operation"],
    });
    expect(blocker?.action.da).toContain("jurist");
  });

  it("treats don't know about the legal basis as not examined", () => {
    const answers = { ...internalExtractionProfile, "legal-basis-operation": dontKnow };
    expect(findBlockers(fixtureContent, answers).map((blocker) => blocker.id)).toEqual([
      "personal-data-without-legal-basis",
    ]);
  });

  it("ignores a kept answer to a question that is now hidden", () => {
    const answers = {
      ...internalExtractionProfile,
      "personal-data": option("none"),
      "legal-basis-operation": option("not-examined"),
    };
    expect(findBlockers(fixtureContent, answers)).toEqual([]);
  });

  it("lists several blockers in content order with a null case where none is given", () => {
    const answers = { "dt-data-access": option("none"), "org-owner": option("nobody") };
    const blockers = findBlockers(fixtureContent, answers);
    expect(blockers.map((blocker) => [blocker.id, blocker.case])).toEqual([
      ["no-data-access", null],
      ["no-owner", null],
    ]);
  });
});
