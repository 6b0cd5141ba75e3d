import type { z } from "zod";
import { ANSWERS_SCHEMA_VERSION, limits } from "../schemas/answers";
import type { Locale } from "../schemas/common";

type Texts = Record<Locale, string>;

/** The path of the whole document, for issues that concern no single field. */
export const ROOT_PATH: Texts = { da: "dokumentet", en: "document" };

export function formatPath(path: readonly PropertyKey[], locale: Locale): string {
  if (path.length === 0) return ROOT_PATH[locale];
  return path.map((key) => (typeof key === "symbol" ? key.toString() : String(key))).join(".");
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
};

function typeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}

function nameOf(type: string, locale: Locale): string {
  return typeNames[type]?.[locale] ?? type;
}

function show(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function listValues(values: readonly unknown[], locale: Locale): string {
  const shown = values.map(show);
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
      ? locale === "da" ? `må højst være ${limit} tegn` : `must be at most ${limit} characters`
      : locale === "da" ? `skal være mindst ${limit} tegn` : `must be at least ${limit} characters`;
  }
  if (issue.origin === "array") {
    return big
      ? locale === "da" ? `må højst have ${limit} valg` : `may have at most ${limit} choices`
      : locale === "da" ? `skal have mindst ${limit} valg` : `must have at least ${limit} choices`;
  }
  return big
    ? locale === "da" ? `må højst være ${limit}` : `must be at most ${limit}`
    : locale === "da" ? `skal være mindst ${limit}` : `must be at least ${limit}`;
}

function describeFormat(issue: z.core.$ZodIssueInvalidStringFormat, locale: Locale): string {
  const got = issue.input === undefined ? "" : ` (${show(issue.input)})`;
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
  return locale === "da"
    ? `ukendt værdi ${show(issue.input)}; tilladt er ${listValues(issue.values, locale)}`
    : `unknown value ${show(issue.input)}; allowed: ${listValues(issue.values, locale)}`;
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
    return locale === "da"
      ? `ukendt svartype ${show(value)}; tilladt er ${listValues(issue.options, locale)}`
      : `unknown answer type ${show(value)}; allowed: ${listValues(issue.options, locale)}`;
  }
  return locale === "da" ? "har ikke en gyldig form" : "does not have a valid shape";
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
