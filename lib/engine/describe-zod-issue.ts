import type * as z from "zod/mini";
import { ANSWERS_SCHEMA_VERSION, limits, type TextRule } from "../schemas/answers";
import type { Locale } from "../schemas/common";
import { formatNumber } from "../format/number";

type Texts = Record<Locale, string>;

/** The path of the whole document, for issues that concern no single field. */
export const ROOT_PATH: Texts = { da: "dokumentet", en: "document" };

/** Longest key or value quoted in a message, in characters; a longer one is cut short with "...". */
const MAX_SHOWN = 60;

/**
 * Text from the input made safe to quote: control and formatting characters (NUL, line breaks,
 * right-to-left marks, lone surrogates) are written as escapes, so they can neither hide nor
 * reorder the message; a long text is cut short without splitting a character.
 */
export function quoteSafely(text: string): string {
  // Only the start is ever shown: escaping just that keeps a half-megabyte text cheap.
  const head = text.slice(0, MAX_SHOWN * 2);
  const escaped = head.replace(/[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/gu, (character) => {
    const code = character.codePointAt(0) ?? 0;
    return code > 0xffff ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, "0")}`;
  });
  const characters = Array.from(escaped);
  const cut = characters.length > MAX_SHOWN || head.length < text.length;
  return cut ? `${characters.slice(0, MAX_SHOWN - 3).join("")}...` : escaped;
}

function formatKey(key: PropertyKey): string {
  const text = typeof key === "symbol" ? key.toString() : String(key);
  // An empty or blank key is quoted, or the path would end in nothing the user can see.
  return quoteSafely(text.trim() === "" ? JSON.stringify(text) : text);
}

export function formatPath(path: readonly PropertyKey[], locale: Locale): string {
  if (path.length === 0) return ROOT_PATH[locale];
  return path.map(formatKey).join(".");
}

const typeNames: Record<string, Texts> = {
  string: { da: "en tekst", en: "a text" },
  number: { da: "et tal", en: "a number" },
  int: { da: "et heltal", en: "a whole number" },
  boolean: { da: "sand eller falsk", en: "true or false" },
  object: { da: "et objekt", en: "an object" },
  array: { da: "en liste", en: "a list" },
  record: { da: "et objekt", en: "an object" },
  null: { da: "null", en: "null" },
  undefined: { da: "tom", en: "missing" },
  // Values that JSON cannot hold: they reach the validator only from code, never from a file.
  other: { da: "en værdi, som JSON ikke kan rumme", en: "a value that JSON cannot hold" },
};

function isPlainObject(value: object): boolean {
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function typeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "object") return isPlainObject(value) ? "object" : "other";
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
    return typeof value;
  return value === undefined ? "undefined" : "other";
}

function nameOf(type: string, locale: Locale): string {
  return typeNames[type]?.[locale] ?? type;
}

type Shown = string | number | boolean | null;

function isShown(value: unknown): value is Shown {
  return (
    value === null || typeof value === "string" || typeof value === "number" || typeof value === "boolean"
  );
}

/**
 * A value from the input as the message quotes it. Only single values are quoted: a list or an
 * object is named by its kind instead, so a hostile value (nested ten thousand levels deep, or
 * half a megabyte long) costs nothing to describe.
 */
function show(value: Shown): string {
  return quoteSafely(
    typeof value === "string" ? JSON.stringify(value.slice(0, MAX_SHOWN * 2)) : String(value),
  );
}

/** A value as quoted, or its kind when it is not a single value. */
function showOrName(value: unknown, locale: Locale): string {
  return isShown(value) ? show(value) : nameOf(typeOf(value), locale);
}

function listValues(values: readonly unknown[], locale: Locale): string {
  const shown = values.map((value) => showOrName(value, locale));
  if (shown.length <= 1) return shown.join("");
  const last = shown[shown.length - 1];
  return `${shown.slice(0, -1).join(", ")} ${locale === "da" ? "eller" : "or"} ${last}`;
}

function describeSize(issue: z.core.$ZodIssueTooBig | z.core.$ZodIssueTooSmall, locale: Locale): string {
  const big = issue.code === "too_big";
  const limit = String(big ? issue.maximum : issue.minimum);
  if (issue.origin === "string") {
    if (!big && limit === "1") return locale === "da" ? "må ikke være tom" : "must not be empty";
    return big
      ? locale === "da"
        ? `må højst være ${limit} tegn`
        : `must be at most ${limit} characters`
      : locale === "da"
        ? `skal være mindst ${limit} tegn`
        : `must be at least ${limit} characters`;
  }
  if (issue.origin === "array") {
    return big
      ? locale === "da"
        ? `må højst have ${limit} valg`
        : `may have at most ${limit} choices`
      : locale === "da"
        ? `skal have mindst ${limit} valg`
        : `must have at least ${limit} choices`;
  }
  return big
    ? locale === "da"
      ? `må højst være ${limit}`
      : `must be at most ${limit}`
    : locale === "da"
      ? `skal være mindst ${limit}`
      : `must be at least ${limit}`;
}

function describeFormat(issue: z.core.$ZodIssueInvalidStringFormat, locale: Locale): string {
  const got = issue.input === undefined ? "" : ` (${showOrName(issue.input, locale)})`;
  if (issue.format === "datetime") {
    return locale === "da"
      ? `skal være et tidspunkt i ISO 8601-format med tidszone, fx 2025-03-31T09:30:00Z${got}`
      : `must be a time in ISO 8601 format with a time zone, e.g. 2025-03-31T09:30:00Z${got}`;
  }
  if (issue.format === "regex") {
    return locale === "da"
      ? `skal være et id med små bogstaver, tal og bindestreger, fx data-access${got}`
      : `must be an id of lower-case letters, digits and hyphens, e.g. data-access${got}`;
  }
  return locale === "da" ? `har ikke det rigtige format${got}` : `does not have the right format${got}`;
}

function describeValue(issue: z.core.$ZodIssueInvalidValue, locale: Locale): string {
  const isVersion = issue.path.length === 1 && issue.path[0] === "schemaVersion";
  if (isVersion && typeof issue.input === "number" && issue.input > ANSWERS_SCHEMA_VERSION) {
    return locale === "da"
      ? `dokumentet er lavet med en nyere version af værktøjet (formatversion ${issue.input}); denne version kan læse formatversion ${ANSWERS_SCHEMA_VERSION}`
      : `the document was made by a newer version of the tool (format version ${issue.input}); this version reads format version ${ANSWERS_SCHEMA_VERSION}`;
  }
  if (issue.input === undefined) return locale === "da" ? "mangler" : "is missing";
  const allowed = listValues(issue.values, locale);
  if (!isShown(issue.input)) {
    const got = nameOf(typeOf(issue.input), locale);
    return locale === "da" ? `skal være ${allowed}, ikke ${got}` : `must be ${allowed}, not ${got}`;
  }
  return locale === "da"
    ? `ukendt værdi ${show(issue.input)}; tilladt er ${allowed}`
    : `unknown value ${show(issue.input)}; allowed: ${allowed}`;
}

function describeUnion(issue: z.core.$ZodIssueInvalidUnion, locale: Locale): string {
  if (issue.discriminator !== undefined && "options" in issue && issue.options) {
    // The input is the object that carries the discriminator; the path already points at it.
    const input: unknown = issue.input;
    const value =
      typeof input === "object" && input !== null && !Array.isArray(input)
        ? (input as Record<string, unknown>)[issue.discriminator]
        : undefined;
    if (value === undefined) return locale === "da" ? "mangler" : "is missing";
    const allowed = listValues(issue.options, locale);
    if (!isShown(value)) {
      const got = nameOf(typeOf(value), locale);
      return locale === "da"
        ? `svartypen skal være ${allowed}, ikke ${got}`
        : `the answer type must be ${allowed}, not ${got}`;
    }
    return locale === "da"
      ? `ukendt svartype ${show(value)}; tilladt er ${allowed}`
      : `unknown answer type ${show(value)}; allowed: ${allowed}`;
  }
  return locale === "da" ? "har ikke en gyldig form" : "does not have a valid shape";
}

function describeTextRule(rule: TextRule, locale: Locale): string {
  if (rule.rule === "visible") {
    return locale === "da"
      ? "skal indeholde mindst ét synligt tegn (et bogstav, et tal eller et tegn)"
      : "must contain at least one visible character (a letter, a digit or a symbol)";
  }
  if (rule.rule === "notes-total") {
    const da = locale === "da";
    const number = (value: number) => formatNumber(value, locale);
    return da
      ? `noterne fylder tilsammen ${number(rule.length)} tegn og ${number(rule.lineBreaks)} linjeskift; alle noter må tilsammen højst have ${number(limits.notesTotalLength)} tegn og ${number(limits.notesTotalLineBreaks)} linjeskift`
      : `the notes together have ${number(rule.length)} characters and ${number(rule.lineBreaks)} line breaks; all notes together may have at most ${number(limits.notesTotalLength)} characters and ${number(limits.notesTotalLineBreaks)} line breaks`;
  }
  if (rule.max === 0) {
    return locale === "da" ? "skal stå på én linje uden linjeskift" : "must be one line, without line breaks";
  }
  return locale === "da"
    ? `må højst have ${rule.max} linjeskift`
    : `may have at most ${rule.max} line breaks`;
}

/** A zod issue as a message in the user's language (the field path is reported beside it). */
export function describeZodIssue(issue: z.core.$ZodIssue, locale: Locale): string {
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined) return locale === "da" ? "mangler" : "is missing";
      return locale === "da"
        ? `skal være ${nameOf(issue.expected, locale)}, ikke ${nameOf(typeOf(issue.input), locale)}`
        : `must be ${nameOf(issue.expected, locale)}, not ${nameOf(typeOf(issue.input), locale)}`;
    case "too_big":
    case "too_small":
      return describeSize(issue, locale);
    case "invalid_format":
      return describeFormat(issue, locale);
    case "invalid_value":
      return describeValue(issue, locale);
    case "invalid_union":
      return describeUnion(issue, locale);
    case "invalid_key":
      return locale === "da"
        ? "er ikke et gyldigt id: brug små bogstaver, tal og bindestreger"
        : "is not a valid id: use lower-case letters, digits and hyphens";
    case "unrecognized_keys":
      return locale === "da" ? "ukendt felt" : "unknown field";
    case "custom":
      if (issue.params) return describeTextRule(issue.params as TextRule, locale);
      if (issue.path.length === 1 && issue.path[0] === "answers") {
        return locale === "da"
          ? `højst ${limits.maxAnswers} svar i ét dokument`
          : `at most ${limits.maxAnswers} answers in one document`;
      }
      return locale === "da" ? "er ikke gyldig" : "is not valid";
    default:
      return locale === "da" ? "har en ugyldig værdi" : "has an invalid value";
  }
}

/**
 * The issues of a failed parse as { path, message } in the user's language. An unknown field is
 * reported at its own path ("project.extra: unknown field").
 */
export function describeZodError(
  issues: readonly z.core.$ZodIssue[],
  locale: Locale,
): { path: string; message: string }[] {
  return issues.flatMap((issue) =>
    issue.code === "unrecognized_keys"
      ? issue.keys.map((key) => ({
          path: formatPath([...issue.path, key], locale),
          message: describeZodIssue(issue, locale),
        }))
      : [{ path: formatPath(issue.path, locale), message: describeZodIssue(issue, locale) }],
  );
}
