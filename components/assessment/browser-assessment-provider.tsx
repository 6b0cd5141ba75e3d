"use client";

import { startTransition, useCallback, useEffect, useState, type ReactNode } from "react";
import { mainContentId } from "@/components/layout/skip-link";
import { createContentFileLoader, type ClientContent } from "@/lib/content/content-file-loader";
import {
  createAssessmentStore,
  loadingAssessmentStore,
  type AssessmentStore,
} from "@/lib/storage/assessment-store";
import { checkDraftAgainstContent } from "@/lib/storage/check-draft";
import { AssessmentProvider, type SectionsOutline } from "./assessment-context";

const contentFiles = createContentFileLoader((url) => fetch(url, { credentials: "same-origin" }));

type ContentState =
  | { status: "loading" }
  | { status: "ready"; content: ClientContent; store: AssessmentStore }
  | { status: "failed" };

/**
 * The content, and this browser's stored assessment checked against it. The store reads and
 * writes localStorage at once, so a store made for another page (the results after the review,
 * the other language) simply starts from what this one saved.
 */
function ready(content: ClientContent): ContentState {
  const store = createAssessmentStore({
    getStorage: () => window.localStorage,
    // The checks read ids only, so the content in the page's language will do.
    checkDraft: (draft) => checkDraftAgainstContent(draft, content),
  });
  return { status: "ready", content, store };
}

/**
 * Gives the questionnaire and the results their content and this browser's stored assessment.
 * The content (in the page's language) comes as a file beside the page, which the page asked the
 * browser to preload (see clientContentFile); until it has arrived, the assessment shows as
 * loading, and if it cannot be loaded the loading view offers to try again.
 */
export function BrowserAssessmentProvider({
  contentUrl,
  sections,
  children,
}: {
  contentUrl: string;
  /** The sections' titles and texts, for a step's heading while the content loads. */
  sections?: SectionsOutline;
  children: ReactNode;
}) {
  // Null on the server and while hydrating, so the first render matches the server's. After a
  // move between pages (the review to the results) the file is usually there already.
  const [state, setState] = useState<ContentState>(() => {
    const content = typeof window === "undefined" ? null : contentFiles.peek(contentUrl);
    return content ? ready(content) : { status: "loading" };
  });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    contentFiles.load(contentUrl).then(
      // The same content again (shown from peek) keeps the state, so the page is not drawn twice.
      // A transition: React draws the page in slices that give way to the reader's input.
      (content) =>
        current &&
        startTransition(() =>
          setState((shown) =>
            shown.status === "ready" && shown.content === content ? shown : ready(content),
          ),
        ),
      () => current && setState({ status: "failed" }),
    );
    return () => {
      current = false;
    };
  }, [contentUrl, attempt]);

  const retry = useCallback(() => {
    // "Try again" goes away with the alert: focus moves to the page's content rather than being lost.
    document.getElementById(mainContentId)?.focus();
    setState({ status: "loading" });
    setAttempt((count) => count + 1);
  }, []);

  return (
    <AssessmentProvider
      content={state.status === "ready" ? state.content : null}
      sections={sections}
      retryContent={state.status === "failed" ? retry : null}
      store={state.status === "ready" ? state.store : loadingAssessmentStore}
    >
      {children}
    </AssessmentProvider>
  );
}
