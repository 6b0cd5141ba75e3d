import { describe, expect, it } from "vitest";
import { describeAnswer, type AnswerLabels } from "./describe-answer";

const labels: AnswerLabels = {
  dontKnow: "Ved ikke",
  notApplicable: "Ikke relevant",
  unanswered: "Ikke besvaret",
  unknownOption: "Svaret kendes ikke",
};
const choices = [
  { id: "case-handling", label: { da: "Sagsbehandling, afgørelser", en: "Case handling, decisions" } },
  { id: "health", label: { da: "Sundhed", en: "Health" } },
];

describe("describing an answer in words", () => {
  it("writes the chosen options' labels, several joined by semicolons, each once", () => {
    const answer = { type: "options" as const, values: ["case-handling", "health", "health"] };
    expect(describeAnswer(answer, choices, "da", labels)).toEqual({
      state: "answered",
      text: "Sagsbehandling, afgørelser; Sundhed",
    });
    expect(describeAnswer({ type: "option", value: "health" }, choices, "en", labels).text).toBe("Health");
  });

  it("says »Ved ikke«, »Ikke relevant« and »Ikke besvaret« for the answers that are not an option", () => {
    expect(describeAnswer({ type: "dont-know" }, choices, "da", labels)).toEqual({
      state: "dont-know",
      text: "Ved ikke",
    });
    expect(describeAnswer({ type: "not-applicable" }, choices, "da", labels).text).toBe("Ikke relevant");
    expect(describeAnswer(undefined, choices, "da", labels).state).toBe("unanswered");
    expect(describeAnswer({ type: "options", values: [] }, choices, "da", labels).text).toBe("Ikke besvaret");
  });

  it("says an option the question does not offer is unknown instead of printing its id", () => {
    const text = describeAnswer({ type: "option", value: "retired-option" }, choices, "da", labels).text;
    expect(text).toBe("Svaret kendes ikke");
  });
});
