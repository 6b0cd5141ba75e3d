import type { BusinessCaseReportSection } from "../business-case/build-report-section";
import type { RadarGeometry } from "../chart/radar";
import type { AdviceCheckResult } from "../engine/types";
import type { Locale, ReadinessLevelId } from "../schemas/common";
import type { ReportFileName } from "./report-file-name";
import type { ConsensusSectionModel } from "./build-consensus-section";
import type { ProgressSectionModel } from "./build-progress-section";
import type { ReportTexts } from "./report-texts";

/**
 * Everything an output shows (the results page, the PDF report, the CLI summary), resolved to text
 * in the output's language: every heading, label, number (rounded once), list and limit. The
 * outputs only lay it out. Built by `buildPresentation` from an answers document, its assessment
 * result and the content.
 */
export interface PresentationModel {
  locale: Locale;
  texts: ReportTexts;
  metadata: ReportMetadata;
  fileName: ReportFileName;
  /** The footer of every page but the cover. */
  footer: { projectTitle: string; date: string; productName: string };
  cover: CoverModel;
  /**
   * The results page's note under the project: when the answers were last changed (in Danish time,
   * as the reports are dated) and that the result was worked out in the browser.
   */
  answersFrom: string;
  summary: SummaryModel;
  /** The user's own business case estimate, when the document holds one. */
  businessCase?: BusinessCaseReportSection | null;
  /** How a project group settled its disagreements, when the document is a consensus (issue 21). */
  consensus?: ConsensusSectionModel | null;
  /** The progress since an earlier file of the project, when the report was asked for with one (issue 21). */
  progress?: ProgressSectionModel | null;
  chart: ChartModel;
  prerequisites: PrerequisiteSectionModel[];
  legal: LegalSectionModel;
  cases: CaseModel[];
  /** "Kun to af katalogets cases ligner jeres projekt …" when fewer shown cases are close than shown. */
  casesCloseness: string | null;
  plan: PlanItemModel[];
  appendix: AppendixModel;
  method: MethodModel;
}

/** The former name, while the PDF's components still use it. */
export type ReportModel = PresentationModel;

export interface ReportMetadata {
  title: string;
  author: string;
  subject: string;
  keywords: string;
  language: string;
  creator: string;
  producer: string;
}

export interface LabelledValue {
  label: string;
  value: string;
}

export interface CoverModel {
  projectTitle: string;
  organisation: string | null;
  /** The description, shortened on the cover when long (the appendix has all of it). */
  description: string | null;
  descriptionShortened: boolean;
  facts: LabelledValue[];
}

export interface SummaryModel {
  /** Null while there are too few answers for a level. */
  levelId: ReadinessLevelId | null;
  /** "Foreløbig: Tidligt stadie", or "Ikke nok svar endnu". */
  levelLabel: string;
  levelMeaning: string;
  overallScore: number | null;
  /** "63 af 100" or "Ikke nok svar". */
  overallText: string;
  /** Why the level is below the score's band, or why there is no score. */
  levelNote: string | null;
  blockers: BlockerModel[];
  advice: AdviceModel[];
  /** The first actions of the plan (`TOP_ACTIONS`), each with its owner. */
  topActions: PlanItemModel[];
  /** How many actions the whole plan has. */
  planLength: number;
  /** "Hele planen har 47 handlinger …", when it has more than the first actions. */
  planMore: string | null;
  /** "Vis hele planen (47 handlinger)". */
  planShowAll: string;
  /** The readiness levels, lowest first, with their score ranges and which is the project's. */
  levels: LevelScaleModel[];
}

export interface LevelScaleModel {
  id: ReadinessLevelId;
  label: string;
  /** "(40–59)". */
  range: string;
  current: boolean;
}

export interface BlockerModel {
  title: string;
  why: string;
  action: string;
  prerequisite: string;
  capsAt: string;
  /** A case that shows how it was handled ("Se, hvordan Næstved Kommune gjorde"), with its id. */
  caseHint: string | null;
  caseId: string | null;
}

export interface AdviceModel {
  id: string;
  title: string;
  outcome: AdviceCheckResult["outcome"];
  outcomeLabel: string;
  reasons: string[];
  /** The answers the advice is checked on and how each counts; empty when it reads none. */
  answers: ScoredAnswerRowModel[];
  /** "Hvorfor denne vurdering? Start småt". */
  whyText: string;
  answersCaption: string;
}

export interface ChartModel {
  geometry: RadarGeometry;
  /** Axis labels, already wrapped into lines, by axis id. */
  axisLabels: Record<string, string[]>;
  rows: ChartRowModel[];
  overallText: string;
  /** "Den svageste forudsætning er Organisation.", when one is weakest. */
  weakestText: string | null;
}

export interface ChartRowModel {
  id: string;
  title: string;
  score: number | null;
  scoreText: string;
  /** The score alone ("63"), or "Ikke nok svar": the value written at the chart's axis or bar. */
  valueText: string;
  answeredText: string;
}

export interface PrerequisiteSectionModel {
  id: string;
  title: string;
  description: string;
  score: number | null;
  scoreText: string;
  answeredText: string;
  answers: ScoredAnswerRowModel[];
  /** "Svarenes bidrag til scoren for Organisation". */
  answersCaption: string;
  recommendations: PlanItemModel[];
  lesson: { caseName: string; text: string } | null;
}

export interface ScoredAnswerRowModel {
  question: string;
  answer: string;
  points: string;
  /** The part of the 0-100 score the answer earned: "12 af 20", or "–" when it does not count. */
  share: string;
  state: "answered" | "dont-know" | "not-applicable" | "unanswered";
}

export interface PlanItemModel {
  rank: number;
  /** The group it belongs to ("Før I går videre"). */
  gate: string;
  /** What the action does ("Afklar adgangen til data"). */
  title: string;
  /** "Ansvarlig: Dataejeren". */
  owner: string;
  recommendation: string;
  question: string;
  section: string;
  /** The blocker it lifts, the advice it decides; empty when neither. */
  effects: string[];
  /** A case that shows how it was done, and its id for a link. */
  caseHint: string | null;
  caseId: string | null;
}

export interface RuleRefModel {
  instrument: string;
  reference: string;
  title: string;
  citation: string;
}

export interface FindingModel {
  text: string;
  rules: RuleRefModel[];
}

export interface LegalSectionModel {
  aiActClass: string;
  aiActReasons: FindingModel[];
  transparency: FindingModel[];
  dpiaStatus: string;
  dpiaTriggers: FindingModel[];
  /** Every WP248 criterion checked, with its outcome ("Opfyldt", "Ikke opfyldt", ...). */
  dpiaCriteria: { state: string; text: string }[];
  dpiaCriteriaHeading: string;
  fria: string;
  registration: string;
  friaReasons: FindingModel[];
  automatedDecision: FindingModel[];
  /** Each phase; a row's rules are empty when all phases share them (see legalBasisRules). */
  legalBasis: { phase: string; status: string; rules: RuleRefModel[] }[];
  /** The rules every phase rests on, when they are the same for all. */
  legalBasisRules: RuleRefModel[];
  dates: { date: string; status: string; checked: string; text: string; source: string }[];
  authorities: string;
  disclaimer: string;
  version: string;
}

export interface CaseModel {
  /** The case's id, for a link to its page. */
  id: string;
  rank: number;
  organisation: string;
  title: string;
  similarity: number;
  similarityText: string;
  /** Below the threshold of a close case (content/matching.ts): never a precedent. */
  weak: boolean;
  /** "Svag lighed: …", when weak. */
  weakText: string | null;
  /** A near match (similar values, none shared) has a note saying so. */
  matches: { attribute: string; values: string; note: string | null }[];
  /** Where the project and the case differ: "Projektet: … · Casen: …", as a near match's values read. */
  differs: { attribute: string; values: string }[];
  notCompared: string[];
  /** The case's lesson for the project's most pressing gap, under a heading that names the gap. */
  lesson: { heading: string; text: string } | null;
  /** "Kataloget beskriver ikke, hvordan casen håndterede Organisation.", when it has no lesson. */
  lessonNone: string | null;
  /**
   * The case's effects, economics, status and source: empty when the content given holds only the
   * cases' names (the results page links to the case's own page instead).
   */
  effects: { kind: string; text: string; figures: string | null }[];
  economics: { label: string; value: string; note: string | null }[];
  economicsNote: string | null;
  status: string;
  source: string;
}

export interface AppendixModel {
  description: string | null;
  sections: AppendixSectionModel[];
}

export interface AppendixSectionModel {
  title: string;
  questions: AppendixQuestionModel[];
}

export interface AppendixQuestionModel {
  number: string;
  question: string;
  answer: string;
  state: "answered" | "dont-know" | "not-applicable" | "unanswered" | "hidden";
  note: string | null;
}

export interface MethodModel {
  paragraphs: { heading: string; text: string }[];
  sources: { title: string; citations: string[] }[];
  versions: string;
  /** Said only when characters the typeface lacks were replaced. */
  glyphNote: string | null;
}
