"use client";

import {
  createContext,
  startTransition,
  useContext,
  useEffect,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from "react";
import { isQuestionnaireContent, type QuestionnaireContent } from "@/lib/content/questionnaire-content";
import { isResultsContent, type ResultsContent } from "@/lib/content/results-content";
import type { AnswersContent } from "@/lib/engine/validate-answers";
import type { AssessmentSnapshot, AssessmentStore } from "./assessment-store";

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
  return (
    <AssessmentContext value={{ content, sections: outline, retryContent, store }}>
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

const loadingSnapshot: AssessmentSnapshot = { status: "loading" };

/** Set once a page view has shown the stored assessment; see useShownAssessment. */
let shownOnThisPage = false;

/**
 * False while the first view of the stored assessment after a page load is being built (see
 * useShownAssessment), true for every view after it: a view can build itself in steps the first
 * time and at once after that.
 */
export function hasShownAssessmentOnThisPage(): boolean {
  return shownOnThisPage;
}

/**
 * The stored assessment, for a view that builds a whole page from it (a questionnaire step, the
 * results). Right after the page has loaded, React would otherwise build that page from the
 * stored answers in one go, as soon as it has read them: some 100 ms of blocked main thread on a
 * laptop, four times that on a slow phone. Instead the first view shows "loading" a moment
 * longer and builds the page as a transition, in slices short enough for the browser to answer
 * a tap or a scroll in between. Views after that one (moving between steps, the results after
 * the review) show the assessment at once.
 */
export function useShownAssessment(): AssessmentSnapshot {
  const snapshot = useAssessment();
  const [shown, setShown] = useState(shownOnThisPage);
  const loaded = snapshot.status !== "loading";
  useEffect(() => {
    if (shown) shownOnThisPage = true;
    else if (loaded) startTransition(() => setShown(true));
  }, [shown, loaded]);
  return shown ? snapshot : loadingSnapshot;
}
