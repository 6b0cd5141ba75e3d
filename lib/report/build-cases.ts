import casesDa from "@/content/messages/da/cases.json";
import casesEn from "@/content/messages/en/cases.json";
import commonDa from "@/content/messages/da/common.json";
import commonEn from "@/content/messages/en/common.json";
import { formatEconomicAmount } from "../format/economics";
import { formatQuantity } from "../format/quantity";
import type { AttributeComparison, CaseMatch } from "../engine/types";
import type { ResultsCase } from "../content/results-content";
import type { CaseStudy, EconomicFigure } from "../schemas/case";
import { SHOWN_CASES } from "./limits";
import type { ReportContext } from "./report-context";
import type { ReportTextKey } from "./report-texts";
import type { CaseModel } from "./report-model";

/** The case page's labels (economics items, reasons, effect kinds) are shared with the web page. */
const caseLabels = { da: casesDa.detail, en: casesEn.detail };
const economicsLabels = { da: commonDa.economics, en: commonEn.economics };

/** The lesson's heading says which of the project's gaps it was chosen for. */
const LESSON_HEADINGS = {
  blocker: "caseLessonBlocker",
  "advice-not-followed": "caseLessonAdviceNotFollowed",
  weakest: "caseLessonWeakest",
  "advice-partly-followed": "caseLessonAdvicePartlyFollowed",
  weak: "caseLessonWeak",
} as const satisfies Record<NonNullable<CaseMatch["lesson"]>["reason"], ReportTextKey>;

/**
 * When fewer of the shown cases are close than are shown, a sentence that says so, so that a weak
 * match is never read as a precedent (content/matching.ts sets what is close).
 */
export function buildCasesCloseness(context: ReportContext): string | null {
  const shown = context.result.matches.slice(0, SHOWN_CASES);
  const close = shown.filter((match) => !match.weak).length;
  if (shown.length === 0 || close >= shown.length) return null;
  const { texts, fill } = context;
  const template =
    [texts.casesNoneClose, texts.casesOneClose, texts.casesTwoClose][close] ?? texts.casesSomeClose;
  return fill(template, { count: shown.length, close });
}

export function buildCases(context: ReportContext): CaseModel[] {
  return context.result.matches.slice(0, SHOWN_CASES).flatMap((match, index) => {
    const model = buildCase(match, index + 1, context);
    return model ? [model] : [];
  });
}

function buildCase(match: CaseMatch, rank: number, context: ReportContext): CaseModel | null {
  const study = context.caseStudy(match.caseId);
  if (!study) return null;
  const { texts, pick, fill } = context;
  const attributeLabel = (id: string) => {
    const attribute = context.attribute(id);
    return attribute ? pick(attribute.label) : id;
  };
  const valueLabels = (comparison: AttributeComparison, ids: readonly string[]) => {
    const values = context.attribute(comparison.attribute)?.values ?? [];
    return ids
      .map((id) => {
        const value = values.find((v) => v.id === id);
        return value ? pick(value.label) : id;
      })
      .join("; ");
  };

  return {
    id: study.id,
    rank,
    organisation: pick(study.organisation),
    title: pick(study.title),
    similarity: match.similarity,
    similarityText: fill(texts.caseSimilarity, { similarity: formatPercent(match.similarity, context) }),
    weak: match.weak,
    weakText: match.weak ? texts.caseWeak : null,
    matches: match.matches.map((comparison) => ({
      attribute: attributeLabel(comparison.attribute),
      values:
        comparison.shared.length > 0
          ? valueLabels(comparison, comparison.shared)
          : `${fill(texts.caseProjectValue, { values: valueLabels(comparison, comparison.projectValues) })} · ${fill(texts.caseCaseValue, { values: valueLabels(comparison, comparison.caseValues) })}`,
      note: comparison.shared.length > 0 ? null : texts.caseNear,
    })),
    differs: match.differs.map((comparison) => ({
      attribute: attributeLabel(comparison.attribute),
      values: `${fill(texts.caseProjectValue, { values: valueLabels(comparison, comparison.projectValues) })} · ${fill(texts.caseCaseValue, { values: valueLabels(comparison, comparison.caseValues) })}`,
    })),
    notCompared: match.notCompared.map(attributeLabel),
    ...buildLesson(match, context),
    ...buildDetails(study, context),
  };
}

/** The case's lesson for the project's most pressing gap, or why there is none on its weakest prerequisite. */
function buildLesson(match: CaseMatch, context: ReportContext): Pick<CaseModel, "lesson" | "lessonNone"> {
  const { texts, fill, pick, sectionTitle } = context;
  if (match.lesson) {
    const { reason, prerequisite, advice, text } = match.lesson;
    const heading = fill(texts[LESSON_HEADINGS[reason]], {
      title: sectionTitle(prerequisite),
      advice: advice ? sectionTitle(advice) : "",
    });
    return { lesson: { heading, text: pick(text) }, lessonNone: null };
  }
  const weakest = context.result.weakestPrerequisite;
  return {
    lesson: null,
    lessonNone: weakest ? fill(texts.caseLessonNone, { title: sectionTitle(weakest) }) : null,
  };
}

type CaseDetails = Pick<CaseModel, "effects" | "economics" | "economicsNote" | "status" | "source">;

/** The case's effects, economics, status and source, when the content holds them. */
function buildDetails(study: ResultsCase | CaseStudy, context: ReportContext): CaseDetails {
  if (!("effects" in study))
    return { effects: [], economics: [], economicsNote: null, status: "", source: "" };
  const { texts, pick, fill, locale } = context;
  const labels = caseLabels[locale];
  const economics = economicsLabels[locale];
  const economic = (label: string, figure: EconomicFigure) => ({
    label,
    value:
      formatEconomicAmount(figure, locale) ??
      (figure.kind === "not-stated" ? economics.reasons[figure.reason] : ""),
    note: figure.note ? pick(figure.note) : null,
  });
  return {
    effects: study.effects.map((effect) => ({
      kind: labels.effectKinds[effect.kind],
      text: pick(effect.text),
      figures:
        effect.figures.length > 0
          ? fill(texts.effectFigures, {
              figures: effect.figures.map((f) => formatQuantity(f, locale)).join("; "),
            })
          : null,
    })),
    economics: [
      economic(economics.investment, study.economics.investment),
      economic(economics.annualOperation, study.economics.annualOperation),
      economic(economics.annualSaving, study.economics.annualSaving),
    ],
    economicsNote: study.economics.note ? pick(study.economics.note) : null,
    status: study.status.note
      ? `${pick(study.status.period)}. ${pick(study.status.note)}`
      : pick(study.status.period),
    source: fill(texts.caseSource, {
      publisher: study.source.publisher,
      document: study.source.document,
      section: pick(study.source.section),
    }),
  };
}

/** "72,5 %" in Danish, "72.5%" in English, as the catalogue writes per cent. */
function formatPercent(value: number, context: ReportContext): string {
  return formatQuantity({ value, unit: "percent" }, context.locale);
}
