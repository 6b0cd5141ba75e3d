import { readAnswer, visibleQuestionIds } from "../engine/conditions";
import { sectionIds } from "../schemas/common";
import { describeAnswer } from "./describe-answer";
import type { ReportContext } from "./report-context";
import type { AppendixModel, AppendixSectionModel } from "./report-model";

/**
 * Every question the project was asked (shown, or answered before a change hid it), in
 * questionnaire order with the questionnaire's numbers, with its answer and note. Questions that do
 * not apply to the project are left out.
 */
export function buildAppendix(context: ReportContext): AppendixModel {
  const { doc, content } = context;
  const visible = visibleQuestionIds(content, doc.answers);
  const sections = sectionIds.flatMap((sectionId, sectionIndex): AppendixSectionModel[] => {
    const questions = content.questions.filter((question) => question.section === sectionId);
    if (questions.length === 0) return [];
    return [
      {
        title: context.sectionTitle(sectionId),
        questions: questions.flatMap((question, index) => {
          const answer = readAnswer(doc.answers, question.id);
          if (!visible.has(question.id) && !answer) return [];
          const described = describeAnswer(question, answer, visible.has(question.id), context);
          const note = answer?.note?.trim();
          return [
            {
              number: `${sectionIndex + 1}.${index + 1}`,
              question: context.pick(question.text),
              answer: described.text,
              state: described.state,
              note: note ? note : null,
            },
          ];
        }),
      },
    ];
  });
  const description = doc.project.description.trim();
  return { description: description ? description : null, sections };
}
