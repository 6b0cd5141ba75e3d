import { hasSameContent, includesEdits, type DraftDocument } from "./draft-document";
import type { Revision } from "./revision";
import type { LoadResult } from "./stored-assessment";

/**
 * What a tab last saw in storage: nothing, a save with its revision, or data it could not read
 * (identified by its text). Another tab has saved when what is stored now is marked differently.
 */
export type StoredMark =
  { status: "empty" } | { status: "ok"; revision: Revision } | { status: "unreadable"; raw: string };

export function markStored(result: LoadResult): StoredMark {
  if (result.status === "ok") return { status: "ok", revision: result.envelope.revision };
  if (result.status === "unreadable") return { status: "unreadable", raw: result.raw };
  return { status: "empty" };
}

export function isSameMark(a: StoredMark, b: StoredMark): boolean {
  if (a.status === "ok" && b.status === "ok") return a.revision === b.revision;
  if (a.status === "unreadable" && b.status === "unreadable") return a.raw === b.raw;
  return a.status === b.status;
}

/** How the stored assessment differs from the one this tab holds, in the words the user sees. */
export type StoredChange = "changed" | "deleted" | "unreadable";

/** One tab's view of the assessment. */
export interface TabView {
  /** What the tab last read from or wrote to storage. */
  known: StoredMark;
  /** The answers as the tab last took them from storage: its own edits are what differs from these. */
  base: DraftDocument;
  /** The answers the tab shows now. */
  document: DraftDocument;
}

export type Reconciliation =
  /** Storage holds what this tab last read or wrote. */
  | { action: "none" }
  /** Another tab saved the same answers (or only moved to another step): nothing to decide. */
  | { action: "note"; mark: StoredMark }
  /** Another tab saved answers that include every change made in this tab: show them. */
  | { action: "adopt"; mark: StoredMark }
  /** Both tabs changed the answers: the user must choose; nothing is saved until then. */
  | { action: "conflict"; mark: StoredMark; change: StoredChange };

/**
 * Compares what is stored with what this tab holds, before it saves and when another tab saves.
 * The tab takes the stored answers only when that drops nothing the user did in this tab (a tab
 * that changed nothing, or whose changes the other tab already has); otherwise the user chooses.
 */
export function reconcileWithStored(tab: TabView, stored: LoadResult): Reconciliation {
  const mark = markStored(stored);
  if (isSameMark(mark, tab.known)) return { action: "none" };
  const theirs = storedDocument(stored, tab.document);
  if (theirs && hasSameContent(theirs, tab.document)) return { action: "note", mark };
  const keepsEdits = theirs
    ? includesEdits(theirs, tab.base, tab.document)
    : hasSameContent(tab.document, tab.base);
  if (keepsEdits) return { action: "adopt", mark };
  const change = stored.status === "ok" ? "changed" : stored.status === "empty" ? "deleted" : "unreadable";
  return { action: "conflict", mark, change };
}

/** The stored answers (none at all after "start over"); null when they cannot be read. */
function storedDocument(stored: LoadResult, like: DraftDocument): DraftDocument | null {
  if (stored.status === "ok") return stored.envelope.document;
  if (stored.status === "unreadable") return null;
  return { ...like, project: { title: "", organisation: "", description: "" }, answers: {} };
}
