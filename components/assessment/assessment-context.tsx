"use client";

import { createContext, useContext, useSyncExternalStore, type ReactNode } from "react";
import type { Content } from "@/lib/schemas/content";
import type { AssessmentSnapshot, AssessmentStore } from "./assessment-store";

interface AssessmentContextValue {
  content: Content;
  store: AssessmentStore;
}

const AssessmentContext = createContext<AssessmentContextValue | null>(null);

/** Gives the questionnaire and the results their content and the browser's stored assessment. */
export function AssessmentProvider({
  content,
  store,
  children,
}: AssessmentContextValue & { children: ReactNode }) {
  return <AssessmentContext value={{ content, store }}>{children}</AssessmentContext>;
}

function useAssessmentContext(): AssessmentContextValue {
  const value = useContext(AssessmentContext);
  if (!value) throw new Error("AssessmentProvider is missing above this component.");
  return value;
}

export function useContent(): Content {
  return useAssessmentContext().content;
}

export function useAssessmentStore(): AssessmentStore {
  return useAssessmentContext().store;
}

/** The stored assessment; "loading" on the server and until the browser has read storage. */
export function useAssessment(): AssessmentSnapshot {
  const store = useAssessmentStore();
  return useSyncExternalStore(store.subscribe, store.getSnapshot, store.getServerSnapshot);
}
