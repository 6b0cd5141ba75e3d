import * as z from "zod/mini";
import {
  ANSWERS_SCHEMA_VERSION,
  answersDocumentSchema,
  draftAnswersSchema,
  limits,
  maxLineBreaks,
  projectSchema,
  type Answer,
  type Project,
  type Respondent,
} from "../schemas/answers";
import type { BusinessCaseEstimate } from "@/lib/schemas/business-case-estimate";
import type { Locale } from "../schemas/common";

/**
 * The document while the user is still filling it in: an answers document whose project title
 * may still be empty and whose notes may together be over their budget (each note within its
 * own limits). Autosave stores this, so a draft stays readable while the user shortens notes;
 * export, results and the API take the full `answersDocumentSchema`, which requires both.
 */
export const draftDocumentSchema = z.extend(answersDocumentSchema, {
  project: z.extend(projectSchema, {
    title: z.string().check(z.maxLength(limits.titleLength), maxLineBreaks(0)),
  }),
  answers: draftAnswersSchema,
});
export type DraftDocument = z.infer<typeof draftDocumentSchema>;

export function createDraftDocument(
  language: Locale,
  now: Date,
  projectId = crypto.randomUUID(),
): DraftDocument {
  const timestamp = now.toISOString();
  return {
    schemaVersion: ANSWERS_SCHEMA_VERSION,
    projectId,
    language,
    project: { title: "", organisation: "", description: "" },
    answers: {},
    createdAt: timestamp,
    updatedAt: timestamp,
  };
}

/** Sets or (with `undefined`) removes the user's business case estimate. */
export function setDraftBusinessCase(
  draft: DraftDocument,
  estimate: BusinessCaseEstimate | undefined,
  now: Date,
): DraftDocument {
  if (canonicalJson(draft.businessCase) === canonicalJson(estimate)) return draft;
  const next: DraftDocument = { ...draft, updatedAt: now.toISOString() };
  if (estimate === undefined) delete next.businessCase;
  else next.businessCase = estimate;
  return next;
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

/**
 * Sets who answered this copy; a name and role both empty removes it (the file then has no
 * respondent, as before anyone wrote one). Returns the same object when nothing changed.
 */
export function setDraftRespondent(draft: DraftDocument, respondent: Respondent, now: Date): DraftDocument {
  const next = respondent.name === "" && respondent.role === "" ? undefined : { ...respondent };
  if (canonicalJson(draft.respondent) === canonicalJson(next)) return draft;
  const updated: DraftDocument = { ...draft, updatedAt: now.toISOString() };
  if (next) updated.respondent = next;
  else delete updated.respondent;
  return updated;
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

/**
 * True when two drafts hold the same project and answers. The language and the timestamps are
 * left out: they change without the user changing an answer.
 */
export function hasSameContent(a: DraftDocument, b: DraftDocument): boolean {
  if (a === b) return true;
  const { title, organisation, description } = a.project;
  if (title !== b.project.title || organisation !== b.project.organisation) return false;
  if (description !== b.project.description) return false;
  if (canonicalJson(a.businessCase) !== canonicalJson(b.businessCase)) return false;
  if (canonicalJson(a.respondent) !== canonicalJson(b.respondent)) return false;
  const ids = Object.keys(a.answers);
  if (ids.length !== Object.keys(b.answers).length) return false;
  return ids.every((id) => isSameAnswer(a.answers[id], b.answers[id]));
}

/**
 * True when `candidate` holds every change that turned `base` into `edited`: each project field
 * and answer the user changed (or cleared) has the edited value in `candidate` too. Another
 * tab's document that passes this can replace `edited` without losing anything done to it.
 */
export function includesEdits(candidate: DraftDocument, base: DraftDocument, edited: DraftDocument): boolean {
  const fields = ["title", "organisation", "description"] as const;
  const projectKept = fields.every(
    (field) =>
      edited.project[field] === base.project[field] || candidate.project[field] === edited.project[field],
  );
  if (!projectKept) return false;
  const estimateKept =
    canonicalJson(edited.businessCase) === canonicalJson(base.businessCase) ||
    canonicalJson(candidate.businessCase) === canonicalJson(edited.businessCase);
  if (!estimateKept) return false;
  const respondentKept =
    canonicalJson(edited.respondent) === canonicalJson(base.respondent) ||
    canonicalJson(candidate.respondent) === canonicalJson(edited.respondent);
  if (!respondentKept) return false;
  const ids = new Set([...Object.keys(base.answers), ...Object.keys(edited.answers)]);
  return [...ids].every(
    (id) =>
      isSameAnswer(edited.answers[id], base.answers[id]) ||
      isSameAnswer(candidate.answers[id], edited.answers[id]),
  );
}

function isSameAnswer(a: Answer | undefined, b: Answer | undefined): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

/** JSON with object keys sorted, so that key order does not make equal answers differ. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner !== null && typeof inner === "object" && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
      : inner,
  );
}
