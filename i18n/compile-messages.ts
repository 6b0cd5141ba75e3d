import compile from "icu-minify/compile";

/**
 * The UI messages as next-intl formats them in this app: compiled from ICU text once, on the
 * server, with icu-minify. The browser then formats them with next-intl's small "format-only"
 * formatter (next.config.js and vitest.config.mts point `use-intl/format-message` at it) instead of
 * intl-messageformat, which would parse every message in the browser and, on its first use, load
 * the browser's number-format data: 50–100 ms of a phone's main thread before the page answers.
 *
 * Texts that read the message files directly (the 404 page, the resume notice, the PDF report)
 * keep using the plain strings in messages.ts.
 */
/** A messages file: texts, nested by key. */
export type MessageTree = { [key: string]: string | MessageTree };

function compileTree(tree: MessageTree): MessageTree {
  const compiled: MessageTree = {};
  for (const [key, value] of Object.entries(tree)) {
    // A compiled message is a string (plain text) or a small array; next-intl's types only know
    // strings and pass either on to the formatter untouched. The JSON round trip is needed because
    // icu-minify builds plural branches on null-prototype objects, which React will not pass from
    // a server component to the client provider.
    compiled[key] =
      typeof value === "string" ? (JSON.parse(JSON.stringify(compile(value))) as string) : compileTree(value);
  }
  return compiled;
}

const cache = new WeakMap<object, MessageTree>();

/** The messages compiled for next-intl; the same object for the same input. */
export function compileMessages<T extends object>(messages: T): T {
  let compiled = cache.get(messages);
  if (!compiled) {
    compiled = compileTree(messages as unknown as MessageTree);
    cache.set(messages, compiled);
  }
  return compiled as unknown as T;
}
