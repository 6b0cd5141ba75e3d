import { describe, expect, it } from "vitest";
import type { Answers } from "../schemas/answers";
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

  it("stops on »Ved ikke« about the legal basis, and says it is not clarified", () => {
    const answers = {
      ...strongAnswers(fixtureContent),
      ...internalExtractionProfile,
      "legal-basis-operation": dontKnow,
    };
    expect(findBlockers(fixtureContent, answers).map((blocker) => [blocker.id, blocker.basis])).toEqual([
      ["personal-data-without-legal-basis", "unknown"],
    ]);
  });

  it("reads a shown question left empty as »Ved ikke«, never as a claim", () => {
    const answers: Answers = { ...strongAnswers(fixtureContent) };
    delete answers["dt-data-access"];
    const [blocker, ...others] = findBlockers(fixtureContent, answers);
    expect(others).toEqual([]);
    expect(blocker).toMatchObject({
      id: "no-data-access",
      basis: "unknown",
      title: { da: "Adgang til data er ikke afklaret", en: "Access to data is not clarified" },
      questionIds: ["dt-data-access"],
    });
  });

  it("states the problem when the answer claims it", () => {
    const answers = { ...strongAnswers(fixtureContent), "dt-data-access": option("none") };
    expect(findBlockers(fixtureContent, answers)).toMatchObject([
      { id: "no-data-access", basis: "answer", title: { da: "Ingen adgang til data" } },
    ]);
  });

  it("ignores a kept answer to a question that is now hidden", () => {
    const answers = {
      ...strongAnswers(fixtureContent),
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
