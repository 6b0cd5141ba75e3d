import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { content } from "@/content";
import { assessProject } from "@/lib/engine/assess-project";
import { visibleQuestionIds } from "@/lib/engine/conditions";
import { validateAnswers } from "@/lib/engine/validate-answers";
import { caseIds, type Locale } from "@/lib/schemas/common";
import type { Content } from "@/lib/schemas/content";
import { localizeContent } from "./localize-content";

const locales: readonly Locale[] = ["da", "en"];
const otherLocale = (locale: Locale): Locale => (locale === "da" ? "en" : "da");

type Pair = { da: string | string[]; en: string | string[] };

/** Every `{ da, en }` text in a value, by its path; written independently of localizeContent. */
function textsByPath(value: unknown, path = "", found = new Map<string, Pair>()): Map<string, Pair> {
  if (Array.isArray(value)) {
    value.forEach((item, index) => textsByPath(item, `${path}[${index}]`, found));
  } else if (value !== null && typeof value === "object") {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record).sort().join(",");
    if (keys === "da,en") found.set(path, record as Pair);
    else for (const [key, inner] of Object.entries(record)) textsByPath(inner, `${path}.${key}`, found);
  }
  return found;
}

/** A value as a page in `locale` shows it: every `{ da, en }` pair replaced by its `locale` text. */
function inLanguage(value: unknown, locale: Locale): unknown {
  if (Array.isArray(value)) return value.map((item) => inLanguage(item, locale));
  if (value !== null && typeof value === "object") {
    const record = value as Record<string, unknown>;
    if (Object.keys(record).sort().join(",") === "da,en") return record[locale];
    return Object.fromEntries(Object.entries(record).map(([key, inner]) => [key, inLanguage(inner, locale)]));
  }
  return value;
}

function readExample(caseId: string): unknown {
  return JSON.parse(readFileSync(join(__dirname, "../../examples", `${caseId}.json`), "utf8"));
}

describe.each(locales)("localizeContent for %s", (locale) => {
  const other = otherLocale(locale);
  const localized = localizeContent(content, locale);
  const serialized = JSON.stringify(localized);

  it("keeps every text of the page's language as the content has it", () => {
    const original = textsByPath(content);
    const kept = textsByPath(localized);
    expect(original.size).toBeGreaterThan(500);
    expect([...kept.keys()]).toEqual([...original.keys()]);
    for (const [path, pair] of original) {
      expect(kept.get(path)?.[locale], path).toEqual(pair[locale]);
    }
  });

  it("empties every text of the other language, keeping its kind (text or list)", () => {
    for (const [path, pair] of textsByPath(localized)) {
      expect(pair[other], path).toEqual(typeof pair[locale] === "string" ? "" : []);
    }
  });

  it("changes nothing but the other language's texts: ids, points, conditions and rules are the same", () => {
    expect(inLanguage(localized, locale)).toStrictEqual(inLanguage(content, locale));
  });

  it("leaves out every text of the other language", () => {
    // Names and citations that read the same in both languages may stay: they are page texts too.
    const pageTexts = [...textsByPath(content).values()].flatMap((pair) => [pair[locale]].flat()).join("\n");
    const otherTexts = [...textsByPath(content).values()]
      .flatMap((pair) => [pair[other]].flat())
      .filter((text) => text.length >= 30 && !pageTexts.includes(text));
    expect(otherTexts.length).toBeGreaterThan(300);
    const leaked = otherTexts.filter((text) => serialized.includes(JSON.stringify(text).slice(1, -1)));
    expect(leaked).toEqual([]);
    const known =
      locale === "da"
        ? ["Data and technology", content.questions[0]?.text.en, content.legal.authorities.en]
        : ["Data og teknologi", content.questions[0]?.text.da, content.legal.authorities.da];
    for (const text of known) {
      expect(text).toBeTruthy();
      expect(serialized).not.toContain(JSON.stringify(text).slice(1, -1));
    }
  });

  it("is plain data that survives the trip to the browser unchanged", () => {
    expect(JSON.parse(serialized)).toStrictEqual(localized);
    expect(structuredClone(localized)).toStrictEqual(localized);
  });

  it("is deterministic and leaves the content as it was", () => {
    const before = JSON.stringify(content);
    const again = localizeContent(content, locale);
    expect(JSON.stringify(again)).toBe(serialized);
    expect(again).toStrictEqual(localized);
    expect(JSON.stringify(content)).toBe(before);
  });

  it("is less than two thirds the size of the content in both languages", () => {
    expect(serialized.length).toBeLessThan((JSON.stringify(content).length * 2) / 3);
  });

  describe.each(caseIds)("with the example answers of %s", (caseId) => {
    const raw = readExample(caseId);

    it("validates, shows the same questions and assesses the project as the full content does", () => {
      const full = validateAnswers(raw, content, locale);
      const local = validateAnswers(raw, localized, locale);
      expect(local).toStrictEqual(full);
      if (!full.ok) throw new Error(`the example ${caseId} is invalid`);
      expect([...visibleQuestionIds(localized, full.doc.answers)]).toEqual([
        ...visibleQuestionIds(content, full.doc.answers),
      ]);
      expect(inLanguage(assessProject(full.doc, localized), locale)).toStrictEqual(
        inLanguage(assessProject(full.doc, content), locale),
      );
    });

    it("finds the same problems in broken answers, with the same messages", () => {
      const doc = raw as { answers: Record<string, unknown> };
      const [firstId] = Object.keys(doc.answers);
      const broken = {
        ...doc,
        answers: {
          ...doc.answers,
          [firstId ?? "x"]: { type: "option", value: "no-such-option" },
          "no-such-question": { type: "option", value: "yes" },
        },
      };
      const full = validateAnswers(broken, content, locale);
      expect(full.ok).toBe(false);
      expect(validateAnswers(broken, localized, locale)).toStrictEqual(full);
    });
  });
});

describe("localizeContent on data that is not plain", () => {
  it("refuses a value the browser would not receive as it is", () => {
    const withDate = {
      ...content,
      legal: { ...content.legal, reviewedOn: new Date() },
    } as unknown as Content;
    expect(() => localizeContent(withDate, "da")).toThrow(/content\.legal\.reviewedOn is not plain data/);
    const withFunction = { ...content, version: () => "1" } as unknown as Content;
    expect(() => localizeContent(withFunction, "en")).toThrow(/content\.version is not plain data/);
  });

  it("keeps objects that the content shares shared", () => {
    const label = { da: "Fælles", en: "Shared" };
    const value = { a: label, b: label } as unknown as Content;
    const result = localizeContent(value, "en") as unknown as { a: object; b: object };
    expect(result.a).toBe(result.b);
    expect(result.a).toEqual({ da: "", en: "Shared" });
  });
});
