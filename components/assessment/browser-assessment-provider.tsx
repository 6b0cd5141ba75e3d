"use client";

import { useCallback, useEffect, useState, type ReactNode } from "react";
import { mainContentId } from "@/components/layout/skip-link";
import { createContentFileLoader, type ClientContent } from "@/lib/content/content-file-loader";
import { AssessmentProvider, type SectionsOutline } from "./assessment-context";
import { getBrowserAssessmentStore, pendingAssessmentStore } from "./browser-store";

const contentFiles = createContentFileLoader((url) => fetch(url, { credentials: "same-origin" }));

type ContentState =
  { status: "loading" } | { status: "ready"; content: ClientContent } | { status: "failed" };

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
    return content ? { status: "ready", content } : { status: "loading" };
  });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    contentFiles.load(contentUrl).then(
      // The same content again (shown from peek) keeps the state, so the page is not drawn twice.
      (content) =>
        current &&
        setState((shown) =>
          shown.status === "ready" && shown.content === content ? shown : { status: "ready", content },
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

  const content = state.status === "ready" ? state.content : null;
  return (
    <AssessmentProvider
      content={content}
      sections={sections}
      retryContent={state.status === "failed" ? retry : null}
      store={content ? getBrowserAssessmentStore(content) : pendingAssessmentStore}
    >
      {children}
    </AssessmentProvider>
  );
}
