import type { Locale } from "../schemas/common";
import type { Content } from "../schemas/content";

/** A `{ da, en }` pair: a text, or a list of texts, in both languages. */
type LocalizedPair = { da: string; en: string } | { da: string[]; en: string[] };

function isPlainObject(value: object): value is Record<string, unknown> {
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === "string");
}

function isLocalizedPair(value: Record<string, unknown>): value is LocalizedPair {
  const keys = Object.keys(value);
  if (keys.length !== 2 || !("da" in value) || !("en" in value)) return false;
  return (
    (typeof value.da === "string" && typeof value.en === "string") ||
    (isStringList(value.da) && isStringList(value.en))
  );
}

/**
 * The content for a page in one language: every text keeps `locale` and has the other language
 * emptied ("" or []), so the shape, the ids, the points and the rules are the same as in the full
 * content and the engine gives the same results, while the page sends the browser half the text.
 * The result is plain data a server can hand to a client component; a value that is not plain
 * data (a Date, a Map, a function, a class instance) is an error here rather than a silent loss
 * on the way to the browser. Pure and deterministic; shared objects stay shared.
 */
export function localizeContent(content: Content, locale: Locale): Content {
  const done = new Map<object, unknown>();

  function localize(value: unknown, path: string): unknown {
    if (value === null || value === undefined) return value;
    if (typeof value === "string" || typeof value === "boolean") return value;
    if (typeof value === "number") {
      if (!Number.isFinite(value)) throw new Error(`content${path} is not a finite number`);
      return value;
    }
    if (typeof value !== "object") throw new Error(`content${path} is not plain data (${typeof value})`);
    const known = done.get(value);
    if (known !== undefined) return known;
    let result: unknown;
    if (Array.isArray(value)) {
      result = value.map((item, index) => localize(item, `${path}[${index}]`));
    } else if (!isPlainObject(value)) {
      throw new Error(`content${path} is not plain data (${value.constructor?.name ?? "object"})`);
    } else if (isLocalizedPair(value)) {
      const empty = typeof value.da === "string" ? "" : [];
      result = {
        da: locale === "da" ? localize(value.da, `${path}.da`) : empty,
        en: locale === "en" ? localize(value.en, `${path}.en`) : empty,
      };
    } else {
      result = Object.fromEntries(
        Object.entries(value).map(([key, inner]) => [key, localize(inner, `${path}.${key}`)]),
      );
    }
    done.set(value, result);
    return result;
  }

  return localize(content, "") as Content;
}
