import { describe, expect, it } from "vitest";
import { toAnswer, toAnswerField, toggleChoice } from "./answer-field";

describe("answer fields", () => {
  it("turns a chosen radio button into an option answer, with its note", () => {
    expect(toAnswer({ choice: "health", choices: [], note: "Kun akutmodtagelsen" }, false)).toEqual({
      type: "option",
      value: "health",
      note: "Kun akutmodtagelsen",
    });
  });

  it("turns checked boxes into an options answer", () => {
    expect(toAnswer({ choice: "", choices: ["ocr", "machine-learning"], note: "" }, true)).toEqual({
      type: "options",
      values: ["ocr", "machine-learning"],
    });
  });

  it("records don't know and not applicable as such", () => {
    expect(toAnswer({ choice: "dont-know", choices: [], note: "" }, false)).toEqual({ type: "dont-know" });
    expect(toAnswer({ choice: "", choices: ["not-applicable"], note: "" }, true)).toEqual({
      type: "not-applicable",
    });
  });

  it("leaves an untouched question unanswered and drops a blank note", () => {
    expect(toAnswer({ choice: "", choices: [], note: "  " }, false)).toBeUndefined();
    expect(toAnswer(undefined, true)).toBeUndefined();
  });

  it("shows a saved answer again in its field", () => {
    expect(toAnswerField({ type: "option", value: "build" })).toEqual({
      choice: "build",
      choices: ["build"],
      note: "",
    });
    expect(toAnswerField({ type: "options", values: ["ocr"], note: "x" })).toEqual({
      choice: "",
      choices: ["ocr"],
      note: "x",
    });
    expect(toAnswerField({ type: "dont-know" })).toEqual({
      choice: "dont-know",
      choices: ["dont-know"],
      note: "",
    });
  });

  it("clears the options when don't know is checked, and the reverse", () => {
    expect(toggleChoice(["ocr", "machine-learning"], "dont-know", true)).toEqual(["dont-know"]);
    expect(toggleChoice(["dont-know"], "ocr", true)).toEqual(["ocr"]);
    expect(toggleChoice(["ocr", "machine-learning"], "ocr", false)).toEqual(["machine-learning"]);
  });
});
