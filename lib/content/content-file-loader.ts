import type { QuestionnaireContent } from "./questionnaire-content";
import type { ResultsContent } from "./results-content";

/** The content a page's browser side works from: the questionnaire's part or the results'. */
export type ClientContent = QuestionnaireContent | ResultsContent;

export type ContentFetch = (url: string) => Promise<Pick<Response, "ok" | "json">>;

/** Why a content file could not be used. */
export class ContentFileError extends Error {
  constructor(
    readonly url: string,
    readonly reason: "network" | "status" | "shape",
  ) {
    super(`The content at ${url} could not be used (${reason}).`);
    this.name = "ContentFileError";
  }
}

const listFields = ["vocabulary", "prerequisites", "advice", "questions", "cases"] as const;

/**
 * Whether a parsed file has the content's shape: its version and its lists. The file comes from
 * this site's own server at an address named by its hash, so this catches a broken or cut-off
 * answer (an error page, a proxy's message), not content written by someone else.
 */
export function hasClientContentShape(value: unknown): value is ClientContent {
  if (typeof value !== "object" || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record.version === "string" && listFields.every((field) => Array.isArray(record[field]));
}

/**
 * Loads content files, each address once: every view of a page and every later page that asks
 * for the same address shares the first request. A failed request is forgotten, so that asking
 * again tries again.
 */
export function createContentFileLoader(fetchFile: ContentFetch) {
  const requests = new Map<string, Promise<ClientContent>>();
  const loaded = new Map<string, ClientContent>();

  async function request(url: string): Promise<ClientContent> {
    const response = await fetchFile(url).catch(() => {
      throw new ContentFileError(url, "network");
    });
    if (!response.ok) throw new ContentFileError(url, "status");
    const parsed: unknown = await response.json().catch(() => {
      throw new ContentFileError(url, "shape");
    });
    if (!hasClientContentShape(parsed)) throw new ContentFileError(url, "shape");
    loaded.set(url, parsed);
    return parsed;
  }

  return {
    /** The file's content, loading it if no request for it has been made yet. */
    load(url: string): Promise<ClientContent> {
      let pending = requests.get(url);
      if (!pending) {
        pending = request(url);
        requests.set(url, pending);
        pending.catch(() => requests.delete(url));
      }
      return pending;
    },
    /** The file's content if it has already arrived, so a view can show it without waiting. */
    peek(url: string): ClientContent | null {
      return loaded.get(url) ?? null;
    },
  };
}
