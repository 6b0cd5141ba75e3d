import { assessProject } from "../engine/assess-project";
import { readAnswer, referencedQuestionIds } from "../engine/conditions";
import type { EngineContent } from "../engine/types";
import type { Answer, AnswersDocument } from "../schemas/answers";
import { prerequisiteIds, type PrerequisiteId, type SectionId } from "../schemas/common";

/** The fewest and most files the team page takes. */
export const MIN_PARTICIPANTS = 2;
export const MAX_PARTICIPANTS = 8;

/** One question as the participants answered it. */
export interface QuestionComparison {
  questionId: string;
  section: SectionId;
  /** A blocker's condition reads this question. */
  blockerQuestion: boolean;
  /** Each participant's answer, in participant order; null where they left it empty. */
  answers: (Answer | null)[];
  /** Whether the group must settle it (see `isDisagreement`). */
  disagrees: boolean;
}

/** The scores the participants' own answers give one prerequisite. */
export interface ScoreRange {
  prerequisite: PrerequisiteId;
  /** Per participant, in order; null where their answers give no score yet. */
  scores: (number | null)[];
  min: number | null;
  max: number | null;
}

export interface ParticipantsComparison {
  questions: QuestionComparison[];
  ranges: ScoreRange[];
}

/** What an answer says, notes left out: "option:x", "options:a,b" (sorted), "dont-know", "not-applicable". */
export function answerKey(answer: Answer | null | undefined): string | null {
  if (!answer) return null;
  switch (answer.type) {
    case "option":
      return `option:${answer.value}`;
    case "options":
      return `options:${[...new Set(answer.values)].sort().join(",")}`;
    default:
      return answer.type;
  }
}

/**
 * Whether the group disagrees on a question: two participants gave different answers. Notes do
 * not count, and nor does a question a participant left empty (they may have answered only the
 * steps of their role). On a profile question or a question a blocker reads, every difference
 * counts, "Ved ikke" and "Ikke relevant" included; on other scored questions it is a difference
 * in the chosen options that the group must settle, so "Ved ikke" against an option counts too.
 */
export function isDisagreement(answers: readonly (Answer | null)[]): boolean {
  const keys = new Set(answers.map(answerKey).filter((key): key is string => key !== null));
  return keys.size > 1;
}

/** Whether all files are of the same project; the index of the first that is not, or -1. */
export function findOtherProject(documents: readonly AnswersDocument[]): number {
  const first = documents[0]?.projectId;
  if (first === undefined) return documents.length > 0 ? 0 : -1;
  return documents.findIndex((document) => document.projectId !== first);
}

/**
 * Each question side by side for 2-8 participants' documents of one project, and per
 * prerequisite the range of scores each participant's answers would give on their own.
 */
export function compareParticipants(
  documents: readonly AnswersDocument[],
  content: EngineContent,
): ParticipantsComparison {
  const blockerQuestionIds = new Set(
    content.blockers.flatMap((blocker) => referencedQuestionIds(blocker.when)),
  );
  const questions = content.questions.map((question): QuestionComparison => {
    const answers = documents.map((document) => readAnswer(document.answers, question.id) ?? null);
    return {
      questionId: question.id,
      section: question.section,
      blockerQuestion: blockerQuestionIds.has(question.id),
      answers,
      disagrees: isDisagreement(answers),
    };
  });
  const results = documents.map((document) => assessProject(document, content));
  const ranges = prerequisiteIds.map((prerequisite): ScoreRange => {
    const scores = results.map(
      (result) => result.prerequisites.find((entry) => entry.id === prerequisite)?.score ?? null,
    );
    const known = scores.filter((score): score is number => score !== null);
    return {
      prerequisite,
      scores,
      min: known.length > 0 ? Math.min(...known) : null,
      max: known.length > 0 ? Math.max(...known) : null,
    };
  });
  return { questions, ranges };
}
