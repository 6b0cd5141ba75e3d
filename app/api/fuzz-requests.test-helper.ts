import type { Locale } from "@/lib/schemas/common";

/** A POST to an API route on 127.0.0.1, with the given content type (none when null). */
export function buildPost(path: string) {
  return (
    body: BodyInit | null,
    type: string | null,
    query = "",
    headers: Record<string, string> = {},
  ): Request => {
    const all = type === null ? headers : { ...headers, "content-type": type };
    return new Request(`http://127.0.0.1${path}${query}`, { method: "POST", headers: all, body });
  };
}

/** Opening words of every API error message, by language. */
export const errorOpening: Record<Locale, RegExp> = {
  da: /^(Forespørgslen|Svardokumentet) /,
  en: /^(The request|The answers document) /,
};
