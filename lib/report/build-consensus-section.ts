import type { LocalizedText } from "../schemas/common";
import { describeAnswer } from "./describe-answer";
import type { ReportContext } from "./report-context";

/** The report's list of the questions a project group disagreed on, and how each was settled. */
export interface ConsensusSectionModel {
  heading: string;
  intro: string;
  participants: string;
  items: {
    question: string;
    answers: { participant: string; answer: string }[];
    settledLabel: string;
    settled: string;
  }[];
}

const texts = {
  heading: { da: "Projektgruppens uenigheder", en: "Where the project group disagreed" },
  intro: {
    da: "Svarene i rapporten er projektgruppens fælles svar, samlet {date}. Gruppen var uenig om {count} spørgsmål. Her er hver deltagers svar, og hvad gruppen valgte.",
    en: "The answers in this report are the project group's joint answers, brought together on {date}. The group disagreed on {count} questions. Here is each participant's answer and what the group chose.",
  },
  none: {
    da: "Svarene i rapporten er projektgruppens fælles svar, samlet {date}. Gruppen var enig om alle spørgsmål.",
    en: "The answers in this report are the project group's joint answers, brought together on {date}. The group agreed on every question.",
  },
  participants: { da: "Deltagere: {names}.", en: "Participants: {names}." },
  participant: { da: "Deltager {number}", en: "Participant {number}" },
  settled: { da: "Gruppens svar", en: "The group's answer" },
} satisfies Record<string, LocalizedText>;

/** The consensus section, when the document was made from a project group's files; otherwise null. */
export function buildConsensusSection(context: ReportContext): ConsensusSectionModel | null {
  const { doc, locale } = context;
  const consensus = doc.consensus;
  if (!consensus) return null;
  const names = consensus.participants.map((participant, index) => {
    const name = participant.name.trim() || context.fill(texts.participant[locale], { number: index + 1 });
    return participant.role.trim() ? `${name} (${participant.role.trim()})` : name;
  });
  const describe = (questionId: string, answer: Parameters<typeof describeAnswer>[1]) => {
    const question = context.question(questionId);
    return question
      ? describeAnswer(question, answer, true, context).text
      : context.texts.answerUnknownOption;
  };
  const date = new Intl.DateTimeFormat(locale === "da" ? "da-DK" : "en-GB", {
    dateStyle: "long",
    timeZone: "Europe/Copenhagen",
  }).format(new Date(consensus.settledAt));
  const count = consensus.disagreements.length;
  return {
    heading: texts.heading[locale],
    intro: context.fill(count === 0 ? texts.none[locale] : texts.intro[locale], { date, count }),
    participants: context.fill(texts.participants[locale], { names: names.join(", ") }),
    items: consensus.disagreements.map((disagreement) => ({
      question: context.questionText(disagreement.questionId),
      answers: disagreement.answers.map((answer, index) => ({
        participant: names[index] ?? context.fill(texts.participant[locale], { number: index + 1 }),
        answer: describe(disagreement.questionId, answer ?? undefined),
      })),
      settledLabel: texts.settled[locale],
      settled: describe(disagreement.questionId, disagreement.chosen),
    })),
  };
}
