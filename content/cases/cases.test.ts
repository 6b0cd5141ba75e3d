import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { vocabulary } from "@/content/vocabulary";
import {
  caseStudySchema,
  type CaseStudy,
  type EconomicFigure,
  type Effect,
  type Figure,
} from "@/lib/schemas/case";
import { caseIds, prerequisiteIds, type CaseId, type LocalizedText } from "@/lib/schemas/common";
import type { Condition } from "@/lib/schemas/condition";
import { listCaseLessons } from "@/lib/engine/match-cases";
import { caseById, caseSources, cases } from "./index";

function clausesOf(condition: Condition): { question: string; in: string[] }[] {
  if ("question" in condition) return [condition];
  if ("all" in condition) return condition.all.flatMap(clausesOf);
  if ("any" in condition) return condition.any.flatMap(clausesOf);
  return clausesOf(condition.not);
}

/** A figure as the catalogue gives it; `approximate` only for "ca."/"godt". */
function figure(
  value: number,
  unit: Figure["unit"],
  options: { max?: number; approximate?: boolean } = {},
): Figure {
  return {
    value,
    ...(options.max === undefined ? {} : { max: options.max }),
    unit,
    approximate: options.approximate ?? false,
  };
}

function studyOf(id: CaseId): CaseStudy {
  const study = cases.find((candidate) => candidate.id === id);
  if (!study) throw new Error(`no case ${id}`);
  return study;
}

function headlineOf(study: CaseStudy, kind: Effect["kind"]): Effect {
  const headlines = study.effects.filter((effect) => effect.kind === kind && effect.headline);
  const [headline] = headlines;
  if (headlines.length !== 1 || !headline) {
    throw new Error(`${study.id} has ${headlines.length} headline effects of kind ${kind}`);
  }
  return headline;
}

/** The figure's facts without its explanatory note, so that a changed number always shows. */
function withoutNote(economic: EconomicFigure): Record<string, unknown> {
  return Object.fromEntries(Object.entries(economic).filter(([key]) => key !== "note"));
}

function sortFigures(figures: Figure[]): string[] {
  return figures.map((item) => JSON.stringify(item)).sort();
}

function collectTexts(value: unknown, path: string, found: { path: string; text: LocalizedText }[]) {
  if (Array.isArray(value)) {
    value.forEach((item, index) => collectTexts(item, `${path}[${index}]`, found));
    return;
  }
  if (value === null || typeof value !== "object") return;
  const localized = z.strictObject({ da: z.string(), en: z.string() }).safeParse(value);
  if (localized.success) {
    found.push({ path, text: localized.data });
    return;
  }
  for (const [key, child] of Object.entries(value)) collectTexts(child, `${path}.${key}`, found);
}

/** How a figure's number is written in running text: "10.250" / "10,250"; millions as "2,5" / "2.5". */
function writtenNumber(value: number, locale: "da" | "en"): string {
  const format = new Intl.NumberFormat(locale === "da" ? "da-DK" : "en-GB", {
    maximumFractionDigits: 1,
  });
  return value >= 1_000_000 ? format.format(value / 1_000_000) : format.format(value);
}

describe("the case files", () => {
  it.each(caseSources.map((source) => [source.id, source] as const))(
    "%s parses against the case schema",
    (_name, raw) => {
      const result = caseStudySchema.safeParse(raw);
      expect(result.success, result.success ? "" : z.prettifyError(result.error)).toBe(true);
    },
  );

  it("lists the six cases once each, in the catalogue's order", () => {
    expect(cases.map((study) => study.id)).toEqual([
      "naestved",
      "region-hovedstaden",
      "skatteforvaltningen",
      "atp",
      "faxe",
      "prenaital",
    ]);
    expect(cases.map((study) => study.id)).toEqual([...caseIds]);
    expect(new Set(cases.map((study) => study.id)).size).toBe(cases.length);
    expect(cases.map((study) => study.order)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it("finds a case by its id and nothing for an unknown id", () => {
    expect(caseById("faxe").organisation.da).toBe("Faxe Kommune");
    expect(caseById("prenaital").order).toBe(6);
    expect(caseById("odense")).toBeUndefined();
  });
});

describe.each(cases.map((study) => [study.id, study] as const))("the case %s", (_id, study) => {
  it("gives every attribute of the vocabulary a value or an explicit null", () => {
    expect(Object.keys(study.profile).sort()).toEqual(vocabulary.map((attribute) => attribute.id).sort());
  });

  it("uses only values the vocabulary defines, one or several as the attribute allows", () => {
    for (const attribute of vocabulary) {
      const value = study.profile[attribute.id];
      const known = attribute.values.map((option) => option.id);
      if (value === null || value === undefined) continue;
      if (attribute.cardinality === "single") {
        expect(typeof value, `${attribute.id} takes one value`).toBe("string");
        expect(known, `${attribute.id}`).toContain(value);
      } else {
        expect(Array.isArray(value), `${attribute.id} takes a list`).toBe(true);
        const list = Array.isArray(value) ? value : [value];
        expect(new Set(list).size, `${attribute.id} repeats a value`).toBe(list.length);
        for (const item of list) expect(known, `${attribute.id}`).toContain(item);
        if (list.includes("none-of-these")) expect(list).toEqual(["none-of-these"]);
      }
    }
  });

  it("explains each attribute it leaves open", () => {
    const open = Object.values(study.profile).filter((value) => value === null).length;
    expect(study.profileNotes.length).toBeGreaterThanOrEqual(open);
  });

  it("has exactly one headline effect of each kind", () => {
    for (const kind of ["time", "quality", "economy"] as const) {
      expect(study.effects.filter((effect) => effect.kind === kind && effect.headline)).toHaveLength(1);
    }
  });

  it("states each effect's figures in the effect's text in both languages", () => {
    for (const effect of study.effects) {
      for (const item of effect.figures) {
        for (const locale of ["da", "en"] as const) {
          expect(effect.text[locale]).toContain(writtenNumber(item.value, locale));
          if (item.max !== undefined) expect(effect.text[locale]).toContain(writtenNumber(item.max, locale));
        }
      }
    }
  });

  it("offers a lesson on each prerequisite, each with a text and conditions on real profile values", () => {
    const lessons = listCaseLessons(study);
    expect(new Set(lessons.map((lesson) => lesson.prerequisite))).toEqual(new Set(prerequisiteIds));
    for (const lesson of lessons) {
      const text = lesson.text ?? study.prerequisites[lesson.prerequisite];
      expect(text?.da && text.en, `${lesson.prerequisite} lesson has a text`).toBeTruthy();
      for (const clause of lesson.when ? clausesOf(lesson.when) : []) {
        const attribute = vocabulary.find((entry) => entry.id === clause.question);
        expect(attribute, `lesson condition on ${clause.question}`).toBeDefined();
        const known = attribute?.values.map((value) => value.id) ?? [];
        for (const value of clause.in) expect(known, `${clause.question}`).toContain(value);
      }
    }
  });

  it("has a note on each of the five prerequisites", () => {
    expect(Object.keys(study.prerequisites).sort()).toEqual([...prerequisiteIds].sort());
  });

  it("cites its chapter of Digitaliseringsstyrelsen's catalogue and says the figures are the organisation's own", () => {
    expect(study.source.document).toBe("Seks AI-cases fra offentlige organisationer");
    expect(study.source.publisher).toBe("Digitaliseringsstyrelsen");
    expect(study.source.section.da.startsWith(`Case ${study.order}: `)).toBe(true);
    expect(study.source.section.en.startsWith(`Case ${study.order}: `)).toBe(true);
    expect(study.source.note?.da).toContain("egne tal");
    expect(study.source.note?.en).toContain("own figures");
  });

  it("writes every text in Danish and in English separately", () => {
    const texts: { path: string; text: LocalizedText }[] = [];
    collectTexts(study, study.id, texts);
    expect(texts.length).toBeGreaterThan(20);
    for (const { path, text } of texts) {
      expect(text.da.trim(), path).not.toBe("");
      expect(text.en.trim(), path).not.toBe("");
      if (text.da.length > 40) expect(text.en, `${path} is not translated`).not.toBe(text.da);
    }
  });
});

describe("the published cases name no people", () => {
  const json = JSON.stringify(cases);

  it("contain no e-mail address", () => {
    expect(json).not.toContain("@");
    expect(json).not.toMatch(/mailto:/i);
  });

  it("contain none of the contact persons the catalogue names", () => {
    for (const name of [
      "Sander",
      "Lorell",
      "salor",
      "Ilse",
      "Vejborg",
      "Jørgen",
      "Veisig",
      "jvei",
      "Tanja",
      "Danner",
      "Jeanett",
      "Kristensen",
    ]) {
      // Case-sensitive: "danner" is an ordinary Danish verb.
      expect(json, name).not.toContain(name);
    }
  });
});

describe("the cases' figures equal the catalogue (facts.md)", () => {
  const headlines: Record<CaseId, Record<Effect["kind"], Figure[]>> = {
    naestved: {
      time: [figure(9, "minutes", { approximate: true })],
      quality: [figure(50, "percent")],
      economy: [figure(2_500_000, "dkk", { max: 3_800_000 })],
    },
    "region-hovedstaden": {
      time: [figure(35, "percent")],
      quality: [figure(12, "count"), figure(20, "percent", { approximate: true })],
      economy: [figure(35, "percent")],
    },
    skatteforvaltningen: {
      time: [figure(10_250, "hours", { approximate: true })],
      quality: [],
      economy: [figure(5, "fte", { max: 6 })],
    },
    atp: {
      time: [figure(3_100, "hours", { approximate: true })],
      quality: [],
      economy: [figure(6, "months", { approximate: true })],
    },
    faxe: {
      time: [figure(70, "percent")],
      quality: [figure(3, "times")],
      economy: [],
    },
    prenaital: {
      time: [figure(30, "percent")],
      quality: [figure(25, "percent")],
      economy: [figure(500_000, "dkk")],
    },
  };

  it.each(caseIds)("%s: the headline effects carry the catalogue's figures", (id) => {
    const study = studyOf(id);
    for (const kind of ["time", "quality", "economy"] as const) {
      expect(headlineOf(study, kind).figures, `${id} ${kind}`).toEqual(headlines[id][kind]);
    }
  });

  const allFigures: Record<CaseId, Figure[]> = {
    naestved: [
      ...headlines.naestved.time,
      ...headlines.naestved.quality,
      ...headlines.naestved.economy,
      figure(21, "percent"),
      figure(5, "minutes"),
      figure(33, "percent"),
      figure(25, "count"),
    ],
    "region-hovedstaden": [
      figure(35, "percent"),
      figure(70, "percent", { approximate: true }),
      figure(12, "count"),
      figure(20, "percent", { approximate: true }),
      figure(70, "count"),
      figure(82, "count"),
      figure(35, "percent"),
    ],
    skatteforvaltningen: [
      figure(10_250, "hours", { approximate: true }),
      figure(270_000, "count"),
      figure(30, "percent", { approximate: true }),
      figure(775_000, "count", { approximate: true }),
      figure(90, "percent", { approximate: true }),
      figure(80, "percent", { approximate: true }),
      figure(5, "fte", { max: 6 }),
    ],
    atp: [
      figure(3_100, "hours", { approximate: true }),
      figure(80, "percent"),
      figure(90, "percent", { max: 100 }),
      figure(15_000, "count"),
      figure(20, "days"),
      figure(5, "days"),
      figure(6, "months", { approximate: true }),
    ],
    // The 682 km of roads and ~100 km of paths are the network the solution is to support, not an
    // effect: they stay in the solution text (checked below), not among the effects.
    faxe: [figure(70, "percent"), figure(3, "times")],
    prenaital: [
      figure(30, "percent"),
      figure(25, "percent"),
      figure(3_000, "count", { approximate: true }),
      figure(500_000, "dkk"),
      figure(7, "count", { approximate: true }),
      figure(107_000_000, "dkk", { approximate: true }),
    ],
  };

  it.each(caseIds)("%s: every effect figure is one the catalogue gives", (id) => {
    const figures = studyOf(id).effects.flatMap((effect) => effect.figures);
    expect(sortFigures(figures)).toEqual(sortFigures(allFigures[id]));
  });

  it("gives Faxe's road network as what the solution supports, not as an effect", () => {
    const faxe = studyOf("faxe");
    expect(faxe.solution.da).toContain("682 km veje og ca. 100 km stier");
    expect(faxe.solution.en).toContain("682 km of roads and about 100 km of paths");
    expect(faxe.effects.map((effect) => effect.text.da).join(" ")).not.toContain("682");
  });

  const economics: Record<
    CaseId,
    Record<"investment" | "annualOperation" | "annualSaving", Record<string, unknown>>
  > = {
    naestved: {
      investment: {
        kind: "amount",
        value: 400_000,
        unit: "dkk",
        approximate: false,
      },
      annualOperation: {
        kind: "amount",
        value: 1_440_000,
        unit: "dkk",
        approximate: false,
      },
      annualSaving: {
        kind: "range",
        min: 2_510_000,
        max: 3_860_000,
        unit: "dkk",
        approximate: false,
      },
    },
    "region-hovedstaden": {
      investment: {
        kind: "amount",
        value: 5_800_000,
        unit: "dkk",
        approximate: false,
      },
      annualOperation: { kind: "not-stated", reason: "not-stated" },
      annualSaving: { kind: "not-stated", reason: "not-isolable" },
    },
    skatteforvaltningen: {
      investment: { kind: "not-stated", reason: "not-stated" },
      annualOperation: { kind: "not-stated", reason: "not-stated" },
      annualSaving: {
        kind: "range",
        min: 5,
        max: 6,
        unit: "fte",
        approximate: false,
      },
    },
    atp: {
      investment: {
        kind: "amount",
        value: 400_000,
        unit: "dkk",
        approximate: false,
      },
      annualOperation: {
        kind: "amount",
        value: 181_000,
        unit: "dkk",
        approximate: true,
      },
      annualSaving: { kind: "not-stated", reason: "not-computed" },
    },
    faxe: {
      investment: {
        kind: "amount",
        value: 135_000,
        unit: "dkk",
        approximate: false,
      },
      annualOperation: {
        kind: "amount",
        value: 300_000,
        unit: "dkk",
        approximate: false,
      },
      annualSaving: { kind: "not-stated", reason: "not-computed" },
    },
    prenaital: {
      investment: {
        kind: "amount",
        value: 15_000_000,
        unit: "dkk",
        approximate: true,
      },
      annualOperation: { kind: "not-stated", reason: "not-implemented" },
      annualSaving: {
        kind: "amount",
        value: 8_344,
        unit: "dkk",
        approximate: false,
        per: {
          da: "pr. opdaget risikograviditet",
          en: "per detected high-risk pregnancy",
        },
      },
    },
  };

  it.each(caseIds)("%s: investment, operation and saving are as the catalogue states them", (id) => {
    const study = studyOf(id);
    for (const key of ["investment", "annualOperation", "annualSaving"] as const) {
      expect(withoutNote(study.economics[key]), `${id} ${key}`).toEqual(economics[id][key]);
    }
  });

  it("carries the catalogue's footnotes to the economics", () => {
    const naestvedSaving = studyOf("naestved").economics.annualSaving;
    expect(naestvedSaving.note?.da).toContain("nattevagt");
    expect(naestvedSaving.note?.da).toContain("25");
    expect(naestvedSaving.note?.da).toContain("33 %");
    expect(studyOf("faxe").economics.note?.da).toContain("fejl i kataloget");
    expect(studyOf("faxe").economics.note?.en).toContain("error in the catalogue");
    expect(studyOf("atp").economics.annualSaving.note?.da).toContain("6 måneder");
    expect(studyOf("atp").economics.annualOperation.note?.da).toContain("0,05 kr.");
    expect(studyOf("skatteforvaltningen").economics.investment.note?.da).toContain("25 %");
    expect(studyOf("prenaital").economics.annualSaving.note?.da).toContain("41.720");
    expect(studyOf("prenaital").economics.annualSaving.note?.da).toContain("33.376");
  });

  it("shows Prenaital as ready but not in operation, and the other five as in operation", () => {
    expect(
      Object.fromEntries(
        cases.map((study) => [study.id, [study.status.inOperation, study.status.startYear]]),
      ),
    ).toEqual({
      naestved: [true, 2024],
      "region-hovedstaden": [true, 2021],
      skatteforvaltningen: [true, 2023],
      atp: [true, 2025],
      faxe: [true, 2024],
      prenaital: [false, 2022],
    });
    expect(studyOf("prenaital").status.note?.da).toContain("mangler");
  });
});

describe("the cases' profiles", () => {
  it("classify each case as the catalogue describes it", () => {
    expect(Object.fromEntries(cases.map((study) => [study.id, study.profile]))).toEqual({
      naestved: {
        "organisation-kind": "municipality",
        domain: "elderly-care",
        technology: ["computer-vision", "sensor-technology"],
        "data-types": ["sensor-data", "images-video"],
        "personal-data": "special-category",
        audience: "affects-citizens",
        "ai-role": "monitoring-alerts",
        "annual-volume": null,
        sourcing: "buy",
        "processing-location": "local-device",
        "use-areas": ["none-of-these"],
        profiling: "yes",
      },
      "region-hovedstaden": {
        "organisation-kind": "region",
        domain: "health",
        technology: ["computer-vision", "deep-learning"],
        "data-types": ["medical-images"],
        "personal-data": "special-category",
        audience: "affects-citizens",
        "ai-role": "triage-routing",
        "annual-volume": "10000-to-100000",
        sourcing: null,
        "processing-location": null,
        "use-areas": ["medical-device"],
        profiling: "yes",
      },
      skatteforvaltningen: {
        "organisation-kind": "state-agency",
        domain: "administration",
        technology: ["machine-learning", "natural-language"],
        "data-types": ["free-text"],
        "personal-data": "ordinary",
        audience: "affects-citizens",
        "ai-role": "triage-routing",
        "annual-volume": "over-100000",
        sourcing: "build",
        "processing-location": null,
        "use-areas": ["none-of-these"],
        profiling: "no",
      },
      atp: {
        "organisation-kind": "other-public",
        domain: "social-benefits",
        technology: ["ocr", "machine-learning"],
        "data-types": ["documents"],
        "personal-data": "ordinary",
        audience: "affects-citizens",
        "ai-role": "extraction",
        "annual-volume": "over-100000",
        sourcing: "reuse",
        "processing-location": null,
        "use-areas": ["public-benefits"],
        profiling: "no",
      },
      faxe: {
        "organisation-kind": "municipality",
        domain: "infrastructure",
        technology: ["computer-vision"],
        "data-types": ["images-video", "location-data"],
        "personal-data": "none",
        audience: "internal",
        "ai-role": "monitoring-alerts",
        "annual-volume": null,
        sourcing: "buy",
        "processing-location": null,
        "use-areas": ["none-of-these"],
        profiling: "no",
      },
      prenaital: {
        "organisation-kind": "region",
        domain: "health",
        technology: ["computer-vision", "deep-learning"],
        "data-types": ["medical-images"],
        "personal-data": "special-category",
        audience: "affects-citizens",
        "ai-role": "decision-support",
        "annual-volume": "over-100000",
        sourcing: "build",
        "processing-location": null,
        "use-areas": ["medical-device"],
        profiling: "yes",
      },
    });
  });
});
