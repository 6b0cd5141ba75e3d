"use client";

import { createContext, useContext, useState, useSyncExternalStore, type ReactNode } from "react";
import { isQuestionnaireContent, type QuestionnaireContent } from "@/lib/content/questionnaire-content";
import { isResultsContent, type ResultsContent } from "@/lib/content/results-content";
import type { AnswersContent } from "@/lib/engine/validate-answers";
import type { AssessmentSnapshot, AssessmentStore } from "@/lib/storage/assessment-store";

/** The sections' titles and texts: what a step's heading and the step indicator show. */
export type SectionsOutline = Pick<QuestionnaireContent, "prerequisites" | "advice">;

interface AssessmentContextValue {
  /**
   * The results' part of the content on the results page; the questionnaire's part on its pages.
   * Null while the browser is still loading it (see BrowserAssessmentProvider); the store then
   * shows the assessment as loading.
   */
  content: QuestionnaireContent | ResultsContent | null;
  sections: SectionsOutline | null;
  /** Set when loading the content failed: loads it again. */
  retryContent: (() => void) | null;
  store: AssessmentStore;
  focus: StepFocusRequest;
}

/**
 * After the user moves to another step, focus goes to the new step's heading, or to the field a
 * "Change" link points at; a fresh page load keeps the browser's own focus. The request is held
 * by the provider, which lives on while the user moves between steps.
 */
export interface StepFocusRequest {
  /** `fromReview`: a "Change" link on the review, so the step offers the way straight back. */
  request(targetId: string | null, fromReview?: boolean): void;
  /** The pending request, left in place. */
  peek(): FocusTarget | null;
  /** The pending request, once: null after a page load or when it has been taken. */
  take(): FocusTarget | null;
}

interface FocusTarget {
  targetId: string | null;
  fromReview: boolean;
}

function createStepFocusRequest(): StepFocusRequest {
  let pending: FocusTarget | null = null;
  return {
    request: (targetId, fromReview = false) => (pending = { targetId, fromReview }),
    peek: () => pending,
    take: () => {
      const request = pending;
      pending = null;
      return request;
    },
  };
}

const AssessmentContext = createContext<AssessmentContextValue | null>(null);

interface AssessmentProviderProps {
  content: QuestionnaireContent | ResultsContent | null;
  /** The sections for the heading while the content loads; taken from the content if left out. */
  sections?: SectionsOutline;
  retryContent?: (() => void) | null;
  store: AssessmentStore;
  children: ReactNode;
}

/** Gives the questionnaire and the results their content and the browser's stored assessment. */
export function AssessmentProvider({
  content,
  sections,
  retryContent = null,
  store,
  children,
}: AssessmentProviderProps) {
  const outline = sections ?? content;
  const [focus] = useState(createStepFocusRequest);
  return (
    <AssessmentContext value={{ content, sections: outline, retryContent, store, focus }}>
      {children}
    </AssessmentContext>
  );
}

function useAssessmentContext(): AssessmentContextValue {
  const value = useContext(AssessmentContext);
  if (!value) throw new Error("AssessmentProvider is missing above this component.");
  return value;
}

function useLoadedContent(): QuestionnaireContent | ResultsContent {
  const { content } = useAssessmentContext();
  if (!content) throw new Error("The content is still loading; only a ready assessment may read it.");
  return content;
}

/** What both pages' providers have: enough to check an answers document (import, export). */
export function useAnswersContent(): AnswersContent {
  return useLoadedContent();
}

/** The questionnaire's part of the content, which its pages give their provider. */
export function useQuestionnaireContent(): QuestionnaireContent {
  const content = useLoadedContent();
  if (!isQuestionnaireContent(content)) {
    throw new Error(
      "The questionnaire needs the questionnaire's content; this provider has the results' part.",
    );
  }
  return content;
}

/** The results' part of the content, which their page gives its provider. */
export function useResultsContent(): ResultsContent {
  const content = useLoadedContent();
  if (!isResultsContent(content)) {
    throw new Error(
      "The results need the results' content; this provider has only the questionnaire's part.",
    );
  }
  return content;
}

/** The questionnaire's content once loaded, null before (for views that show a loading state). */
export function useQuestionnaireContentIfLoaded(): QuestionnaireContent | null {
  const { content } = useAssessmentContext();
  return content && isQuestionnaireContent(content) ? content : null;
}

/** The sections' titles and texts, which the questionnaire's pages have before the content. */
export function useSectionsOutline(): SectionsOutline {
  const { sections } = useAssessmentContext();
  if (!sections) throw new Error("The sections' outline is missing: give the provider `sections`.");
  return sections;
}

/** Set when the browser could not load the content: loads it again. */
export function useRetryContent(): (() => void) | null {
  return useAssessmentContext().retryContent;
}

export function useAssessmentStore(): AssessmentStore {
  return useAssessmentContext().store;
}

/** The stored assessment; "loading" on the server and until the browser has read storage. */
export function useAssessment(): AssessmentSnapshot {
  const store = useAssessmentStore();
  return useSyncExternalStore(store.subscribe, store.getSnapshot, store.getServerSnapshot);
}

/** Where focus goes after a move between steps; see StepFocusRequest. */
export function useStepFocusRequest(): StepFocusRequest {
  return useAssessmentContext().focus;
}

/** The stored assessment, for a view that builds a whole page from it (a step, the results). */
export function useShownAssessment(): AssessmentSnapshot {
  return useAssessment();
}
