import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { content } from "@/content";
import { assessProject } from "../engine/assess-project";
import { validateAnswers } from "../engine/validate-answers";
import { buildReportModel } from "../report/build-report-model";
import { limits, notesTotals, type AnswersDocument } from "../schemas/answers";
import { buildConsensusDocument } from "./build-consensus";
import { compareParticipants, findOtherProject, isDisagreement } from "./compare-participants";

function example(name: string): AnswersDocument {
  const result = validateAnswers(
    JSON.parse(readFileSync(join(__dirname, "../../examples", `${name}.json`), "utf8")),
    content,
    "da",
  );
  if (!result.ok) throw new Error(`${name} is not valid`);
  return result.doc;
}

const faxe = example("faxe");
const scoredIds = content.questions.filter((q) => q.section !== "profile").map((q) => q.id);
const [firstScored, secondScored] = scoredIds.filter((id) => faxe.answers[id]?.type === "option");

function withAnswer(
  document: AnswersDocument,
  questionId: string,
  value: string | "dont-know",
  note?: string,
) {
  const answer = value === "dont-know" ? { type: "dont-know" as const } : { type: "option" as const, value };
  return { ...document, answers: { ...document.answers, [questionId]: note ? { ...answer, note } : answer } };
}

function firstScoredValue(): string {
  const answer = firstScored ? faxe.answers[firstScored] : undefined;
  return answer?.type === "option" ? answer.value : "dont-know";
}

function otherOption(questionId: string, current: string): string {
  const question = content.questions.find((q) => q.id === questionId);
  if (!question || question.section === "profile") throw new Error("not scored");
  return question.options.find((option) => option.id !== current)?.id ?? current;
}

describe("comparing a project group's answers", () => {
  it("finds no disagreement in notes or in a question someone left empty", () => {
    expect(
      isDisagreement([{ type: "option", value: "a", note: "x" }, { type: "option", value: "a" }, null]),
    ).toBe(false);
    expect(
      isDisagreement([
        { type: "options", values: ["a", "b"] },
        { type: "options", values: ["b", "a"] },
      ]),
    ).toBe(false);
    expect(isDisagreement([{ type: "option", value: "a" }, { type: "dont-know" }])).toBe(true);
  });

  it("flags exactly the two questions three participants answered differently, with each score range", () => {
    if (!firstScored || !secondScored) throw new Error("faxe has too few scored answers");
    const value = (id: string) => (faxe.answers[id]?.type === "option" ? faxe.answers[id].value : "");
    const second = withAnswer(faxe, firstScored, otherOption(firstScored, value(firstScored)));
    const third = withAnswer(faxe, secondScored, "dont-know", "Vi mangler et svar fra IT.");
    const comparison = compareParticipants([faxe, second, third], content);
    expect(comparison.questions.filter((q) => q.disagrees).map((q) => q.questionId)).toEqual(
      [firstScored, secondScored].sort((a, b) => scoredIds.indexOf(a) - scoredIds.indexOf(b)),
    );
    expect(comparison.ranges).toHaveLength(5);
    const widened = comparison.ranges.filter((range) => range.min !== range.max);
    expect(widened.length).toBeGreaterThan(0);
    for (const range of comparison.ranges) expect(range.scores).toHaveLength(3);
  });

  it("refuses a file of another project by pointing at it", () => {
    expect(findOtherProject([faxe, faxe, { ...faxe, projectId: "another-project-id" }])).toBe(2);
    expect(findOtherProject([faxe, faxe])).toBe(-1);
  });
});

describe("the consensus document", () => {
  it("takes the group's settlement for every disagreement, keeps agreed answers and gathers the notes", () => {
    if (!firstScored || !secondScored) throw new Error("faxe has too few scored answers");
    const original = faxe.answers[firstScored];
    const changed = otherOption(firstScored, original?.type === "option" ? original.value : "");
    const second = { ...withAnswer(faxe, firstScored, changed), respondent: { name: "Ida", role: "Jurist" } };
    const third = withAnswer(faxe, secondScored, "dont-know", "Vi mangler et svar fra IT.");
    const documents = [{ ...faxe, respondent: { name: "Ole", role: "Projektleder" } }, second, third];
    const { questions } = compareParticipants(documents, content);

    const open = buildConsensusDocument(documents, questions, {}, new Date("2026-12-07T10:00:00Z"));
    expect(open).toEqual({ ok: false, unsettled: expect.arrayContaining([firstScored, secondScored]) });

    const settled = buildConsensusDocument(
      documents,
      questions,
      { [firstScored]: { kind: "answer", key: `option:${changed}` }, [secondScored]: { kind: "dont-know" } },
      new Date("2026-12-07T10:00:00Z"),
    );
    if (!settled.ok) throw new Error("not settled");
    const consensus = settled.document;
    expect(consensus.projectId).toBe(faxe.projectId);
    expect(consensus.answers[firstScored]).toEqual({ type: "option", value: changed });
    expect(consensus.answers[secondScored]).toEqual({
      type: "dont-know",
      note: "Vi mangler et svar fra IT.",
    });
    const agreed = scoredIds.find((id) => id !== firstScored && id !== secondScored && faxe.answers[id]);
    expect(agreed && consensus.answers[agreed]).toEqual(agreed && faxe.answers[agreed]);
    expect(consensus.consensus?.participants.map((p) => p.name)).toEqual(["Ole", "Ida", ""]);
    expect(consensus.consensus?.disagreements.map((d) => d.questionId)).toHaveLength(2);
    expect(validateAnswers(consensus, content, "da").ok).toBe(true);

    const report = buildReportModel(consensus, assessProject(consensus, content), content, "da");
    expect(report.consensus?.heading).toBe("Projektgruppens uenigheder");
    expect(report.consensus?.participants).toBe("Deltagere: Ole (Projektleder), Ida (Jurist), Deltager 3.");
    expect(report.consensus?.items.map((item) => item.settled)).toContain("Ved ikke");
    expect(report.consensus?.items[0]?.answers).toHaveLength(3);
    expect(buildReportModel(faxe, assessProject(faxe, content), content, "da").consensus).toBeNull();
  });

  it("keeps the gathered notes within the budget for all notes together, and says when it cut them", () => {
    const long = (who: string) => `${who}: ${"Lang note om svaret. ".repeat(60)}`.slice(0, limits.noteLength);
    const withNotes = (who: string): AnswersDocument => ({
      ...faxe,
      answers: Object.fromEntries(
        Object.entries(faxe.answers).map(([id, answer]) => [id, { ...answer, note: long(who) }]),
      ),
    });
    const documents = [withNotes("Ole"), withNotes("Ida")];
    const { questions } = compareParticipants(documents, content);
    const result = buildConsensusDocument(documents, questions, {}, new Date("2026-12-07T10:00:00Z"));
    if (!result.ok) throw new Error("not settled");
    expect(result.notesShortened).toBe(true);
    expect(notesTotals(result.document.answers).length).toBeLessThanOrEqual(limits.notesTotalLength);
    expect(validateAnswers(result.document, content, "da").ok).toBe(true);
    // The first questions keep their notes from the start.
    const first = Object.keys(faxe.answers)[0]!;
    expect(result.document.answers[first]?.note?.startsWith("Ole: Lang note")).toBe(true);

    const short = [faxe, withAnswer(faxe, firstScored!, firstScoredValue(), "Kort note.")];
    const plain = buildConsensusDocument(
      short,
      compareParticipants(short, content).questions,
      {},
      new Date(),
    );
    expect(plain).toMatchObject({ ok: true, notesShortened: false });
  });
});
