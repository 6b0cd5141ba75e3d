import { z } from "zod";
import { answersDocumentSchema, limits, projectSchema, type Answer, type Project } from "../schemas/answers";
import type { Locale } from "../schemas/common";

/**
 * The document while the user is still filling it in: an answers document whose project title
 * may still be empty. Autosave stores this; export, results and the API take the full
 * `answersDocumentSchema`, which requires the title.
 */
export const draftDocumentSchema = answersDocumentSchema.extend({
  project: projectSchema.extend({ title: z.string().max(limits.titleLength) }),
});
export type DraftDocument = z.infer<typeof draftDocumentSchema>;

export function createDraftDocument(language: Locale, now: Date): DraftDocument {
  const timestamp = now.toISOString();
  return {
    schemaVersion: answersDocumentSchema.shape.schemaVersion.value,
    language,
    project: { title: "", organisation: "", description: "" },
    answers: {},
    createdAt: timestamp,
    updatedAt: timestamp,
  };
}

/** Sets or (with `undefined`) removes one answer. Returns the same object when nothing changed. */
export function setDraftAnswer(
  draft: DraftDocument,
  questionId: string,
  answer: Answer | undefined,
  now: Date,
): DraftDocument {
  const current = draft.answers[questionId];
  if (isSameAnswer(current, answer)) return draft;
  const answers = { ...draft.answers };
  if (answer === undefined) delete answers[questionId];
  else answers[questionId] = answer;
  return { ...draft, answers, updatedAt: now.toISOString() };
}

export function setDraftProject(draft: DraftDocument, project: Project, now: Date): DraftDocument {
  const same =
    draft.project.title === project.title &&
    draft.project.organisation === project.organisation &&
    draft.project.description === project.description;
  if (same) return draft;
  return { ...draft, project: { ...project }, updatedAt: now.toISOString() };
}

export function setDraftLanguage(draft: DraftDocument, language: Locale): DraftDocument {
  return draft.language === language ? draft : { ...draft, language };
}

/** True when the user has entered anything worth resuming. */
export function hasDraftContent(draft: DraftDocument): boolean {
  const { title, organisation, description } = draft.project;
  return (
    Object.keys(draft.answers).length > 0 ||
    title.trim() !== "" ||
    organisation.trim() !== "" ||
    description.trim() !== ""
  );
}

function isSameAnswer(a: Answer | undefined, b: Answer | undefined): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
