import {
  countLineBreaks,
  limits,
  splitLines,
  type Answer,
  type AnswersDocument,
  type Consensus,
} from "../schemas/answers";
import { answerKey as answerKeyOf, type QuestionComparison } from "./compare-participants";

/** How the group settled one disagreement: one of the given answers (by key) or "Ved ikke". */
export type Settlement = { kind: "answer"; key: string } | { kind: "dont-know" };

export type ConsensusResult =
  { ok: true; document: AnswersDocument; notesShortened: boolean } | { ok: false; unsettled: string[] };

/** Characters and line breaks the notes may still take in the document being built. */
interface NotesRoom {
  length: number;
  lineBreaks: number;
}

/**
 * The notes the participants wrote on a question, each once, joined: kept within the limits of
 * one note and within what is left of the budget for all notes together (`room`, which it
 * takes from). `shortened` says whether anything was cut.
 */
function joinNotes(
  answers: readonly (Answer | null)[],
  room: NotesRoom,
): { note: string | undefined; shortened: boolean } {
  const notes = [...new Set(answers.map((answer) => answer?.note?.trim() ?? "").filter((note) => note))];
  if (notes.length === 0) return { note: undefined, shortened: false };
  const lines = splitLines(notes.join("\n"));
  const joined = lines.join("\n");
  const note = lines
    .slice(0, Math.max(0, Math.min(limits.noteLineBreaks, room.lineBreaks)) + 1)
    .join("\n")
    .slice(0, Math.max(0, Math.min(limits.noteLength, room.length)))
    .trimEnd();
  room.length -= note.length;
  room.lineBreaks -= countLineBreaks(note);
  return { note: note || undefined, shortened: note !== joined };
}

function withNote(answer: Answer, note: string | undefined): Answer {
  const bare: Answer = { ...answer };
  delete bare.note;
  return note ? { ...bare, note } : bare;
}

/**
 * One consensus document from the participants' documents (of one project): every question the
 * group agrees on keeps the answer they gave, every disagreement takes the group's settlement,
 * and notes are gathered from all. The project, language and business case come from the first
 * document; the disagreements and how they were settled are kept for the report. Refused, with
 * the questions left open, until every disagreement is settled.
 */
export function buildConsensusDocument(
  documents: readonly AnswersDocument[],
  questions: readonly QuestionComparison[],
  settlements: Readonly<Record<string, Settlement>>,
  now: Date,
): ConsensusResult {
  const first = documents[0];
  if (!first) return { ok: false, unsettled: [] };
  const unsettled = questions
    .filter((question) => question.disagrees && !settlements[question.questionId])
    .map((question) => question.questionId);
  if (unsettled.length > 0) return { ok: false, unsettled };

  const answers: Record<string, Answer> = {};
  const disagreements: Consensus["disagreements"] = [];
  const room: NotesRoom = { length: limits.notesTotalLength, lineBreaks: limits.notesTotalLineBreaks };
  let notesShortened = false;
  for (const question of questions) {
    const given = question.answers.filter((answer): answer is Answer => answer !== null);
    if (given.length === 0) continue;
    const { note, shortened } = joinNotes(question.answers, room);
    notesShortened ||= shortened;
    const settlement = settlements[question.questionId];
    let chosen: Answer | undefined = given[0];
    if (question.disagrees && settlement) {
      chosen =
        settlement.kind === "dont-know"
          ? { type: "dont-know" }
          : given.find((answer) => answerKeyOf(answer) === settlement.key);
      if (!chosen) return { ok: false, unsettled: [question.questionId] };
    }
    if (!chosen) continue;
    answers[question.questionId] = withNote(chosen, note);
    if (question.disagrees) {
      disagreements.push({
        questionId: question.questionId,
        answers: question.answers,
        chosen: withNote(chosen, undefined),
      });
    }
  }
  const timestamp = now.toISOString();
  const base: AnswersDocument = { ...first };
  delete base.lastResult;
  delete base.respondent;
  delete base.consensus;
  return {
    ok: true,
    notesShortened,
    document: {
      ...base,
      answers,
      updatedAt: timestamp,
      consensus: {
        settledAt: timestamp,
        participants: documents.map((document) => document.respondent ?? { name: "", role: "" }),
        disagreements,
      },
    },
  };
}
