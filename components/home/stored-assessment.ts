"use client";

import { useSyncExternalStore } from "react";
import { peekResumeInfo } from "@/lib/storage/peek-resume";
import { STORAGE_KEY } from "@/lib/storage/storage-key";

function readStored(): boolean {
  try {
    return peekResumeInfo(window.localStorage.getItem(STORAGE_KEY)) !== null;
  } catch {
    return false;
  }
}

function subscribe(listener: () => void) {
  window.addEventListener("storage", listener);
  return () => window.removeEventListener("storage", listener);
}

/** Whether this browser holds an assessment the front page can offer to continue (false on the server). */
export function useHasStoredAssessment(): boolean {
  return useSyncExternalStore(subscribe, readStored, () => false);
}

/**
 * Deletes the stored assessment and tells this page's listeners (the browser sends "storage"
 * events to other tabs only), so the resume notice disappears with it.
 */
export function deleteStoredAssessment(): void {
  try {
    window.localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Storage that cannot be written cannot hold an assessment either.
  }
  window.dispatchEvent(new StorageEvent("storage", { key: STORAGE_KEY }));
}
