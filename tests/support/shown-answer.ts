/**
 * Reading what an output shows (the results page, the PDF report, the CLI summary) from its text,
 * as a reader would, and what it should show, from the assessment and the content (not from the
 * presentation model the outputs share). The tests in components/results/outputs-agree.test.tsx
 * and components/pdf/report-examples.test.tsx check every example against it.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { content } from "@/content";
import { adviceOutcomeLabels, describeLevel } from "@/content/result-labels";
import { assessProject } from "@/lib/engine/assess-project";
import type { AssessmentResult } from "@/lib/engine/types";
import { validateAnswers } from "@/lib/engine/validate-answers";
import { resolveReportTexts } from "@/lib/report/report-texts";
import type { AnswersDocument } from "@/lib/schemas/answers";
import type { Locale } from "@/lib/schemas/common";

const examplesDir = join(__dirname, "..", "..", "examples");

/** Every example answers document, by file name. */
export const exampleFiles = readdirSync(examplesDir).filter((file) => file.endsWith(".json"));

/** An example, validated and assessed. */
export function assessExample(
  file: string,
  locale: Locale,
): { doc: AnswersDocument; result: AssessmentResult } {
  const validation = validateAnswers(
    JSON.parse(readFileSync(join(examplesDir, file), "utf8")),
    content,
    locale,
  );
  if (!validation.ok) throw new Error(`${file} is not a valid answers document`);
  return { doc: validation.doc, result: assessProject(validation.doc, content) };
}

export interface Shown {
  level: string | null;
  overall: string | null;
  scores: (string | null)[];
  blockers: string[];
  actions: string[];
  matches: string[];
  /** Each piece of advice with its outcome: "Start småt: Delvist fulgt". */
  advice: string[];
  /** Each shown case's reasons: what matches the project, attribute by attribute. */
  caseReasons: string[];
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** White space as a reader sees it: one space, whatever the output wrapped or padded. */
export const flatten = (text: string) => text.replace(/\s+/g, " ").trim();

/** A pattern for `text` that also finds it where the PDF hyphenated a word at a line end. */
const loosely = (text: string, flags = "") => new RegExp([...text].map(escape).join("(?:- ?)?"), flags);

/** The labels that occur in `text` (loosely), in the order they occur. */
function inOrderLoosely(text: string, labels: readonly string[]): string[] {
  return labels
    .map((label) => ({ label, at: text.search(loosely(label)) }))
    .filter((found) => found.at >= 0)
    .sort((a, b) => a.at - b.at)
    .map((found) => found.label);
}

/** The candidates that occur in `text` after `from`, in the order they occur. */
function inOrder(text: string, from: number, candidates: readonly string[]): string[] {
  return candidates
    .map((candidate) => ({ candidate, at: text.indexOf(candidate, from) }))
    .filter((found) => found.at >= 0)
    .sort((a, b) => a.at - b.at)
    .map((found) => found.candidate);
}

/** Reads the five things off an output's flattened text. */
export function readOutput(text: string, result: AssessmentResult, locale: Locale): Shown {
  const texts = resolveReportTexts(locale);
  const notEnough = locale === "da" ? "Ikke nok svar" : "Not enough answers";
  const of100 = locale === "da" ? "af 100" : "out of 100";

  // The level: whichever of every possible level text comes first.
  const levels = content.readinessLevels.flatMap((level) => [
    describeLevel({ level: level.id, provisional: true }, content.readinessLevels, locale),
    describeLevel({ level: level.id, provisional: false }, content.readinessLevels, locale),
  ]);
  levels.push(describeLevel({ level: null, provisional: false }, content.readinessLevels, locale));
  const levelsFound = levels
    .map((label) => ({ label, at: text.search(new RegExp(`${escape(label)}(?![\\p{L}])`, "u")) }))
    .filter((found) => found.at >= 0)
    .sort((a, b) => a.at - b.at || b.label.length - a.label.length);
  const level = levelsFound[0]?.label ?? null;

  const overall = new RegExp(`(\\d+) ${of100}`).exec(text.slice(Math.max(0, levelsFound[0]?.at ?? 0)));

  const scores = result.prerequisites.map((prerequisite) => {
    const title = content.prerequisites.find((p) => p.id === prerequisite.id)?.title[locale] ?? "";
    const match = new RegExp(`${escape(title)}:? (\\d+|${notEnough})\\b`).exec(text);
    return match?.[1] === notEnough ? null : (match?.[1] ?? "missing");
  });

  const blockersAt = text.indexOf(texts.blockersHeading);
  const blockerTitles = content.blockers.map((blocker) => blocker.title[locale]);
  const nextHeading = text.indexOf(texts.topActionsHeading, blockersAt);
  const blockers = inOrder(text.slice(0, nextHeading), blockersAt, blockerTitles);

  const actionsAt = text.indexOf(texts.topActionsHeading);
  const actionTitles = [...new Set(result.plan.map((action) => action.title[locale]))];
  const actions = inOrder(text, actionsAt, actionTitles).slice(0, 3);

  // A case's similarity, with the case named just before it. The PDF may hyphenate a long name.
  const similarity = locale === "da" ? "Lighed" : "Similarity";
  const names = content.cases.map((study) => {
    const name = study.organisation[locale];
    return { name, pattern: loosely(name, "g") };
  });
  const matches: string[] = [];
  const seen = new Set<string>();
  /** Where each case's similarity is written, by case: a case shown twice has its card last. */
  const cards = new Map<string, number>();
  const similarities = [...text.matchAll(new RegExp(`${similarity}: (\\d+) ?%`, "g"))];
  for (const found of similarities) {
    const before = text.slice(Math.max(0, found.index - 400), found.index);
    const nearest = names
      .map(({ name, pattern }) => ({
        name,
        at: Math.max(-1, ...[...before.matchAll(pattern)].map((m) => m.index)),
      }))
      .filter((candidate) => candidate.at >= 0)
      .sort((x, y) => y.at - x.at)[0];
    if (!nearest) continue;
    cards.set(nearest.name, found.index);
    if (seen.has(nearest.name)) continue;
    seen.add(nearest.name);
    matches.push(`${nearest.name} ${found[1]}`);
  }

  const outcomes = Object.values(adviceOutcomeLabels)
    .map((label) => label[locale])
    .sort((a, b) => b.length - a.length);
  const advice = result.advice.map((check) => {
    const title = content.advice.find((a) => a.id === check.id)?.title[locale] ?? check.id;
    const found = new RegExp(`${escape(title)}:? (${outcomes.map(escape).join("|")})`).exec(text);
    return `${title}: ${found?.[1] ?? "missing"}`;
  });

  // A case's reasons: the attributes under "what matches", in its card (from its similarity to the
  // next case's, and before what differs).
  const attributes = content.vocabulary.map((attribute) => attribute.label[locale]);
  const ends = [texts.caseDiffers, texts.caseNotCompared, texts.caseEffects];
  const starts = similarities.map((found) => found.index).sort((a, b) => a - b);
  const caseReasons = matches.slice(0, 3).map((shown) => {
    const name = shown.slice(0, shown.lastIndexOf(" "));
    const at = cards.get(name) ?? 0;
    const card = text.slice(at, starts.find((start) => start > at) ?? at + 2_000);
    const from = card.indexOf(texts.caseMatches);
    if (from < 0) return `${name}:`;
    const rest = card.slice(from + texts.caseMatches.length);
    const to = Math.min(...ends.map((end) => rest.indexOf(end)).filter((index) => index >= 0), rest.length);
    return `${name}: ${inOrderLoosely(rest.slice(0, to), attributes).join(", ")}`.trimEnd();
  });

  return {
    level,
    overall: overall?.[1] ?? null,
    scores,
    blockers,
    actions,
    matches: matches.slice(0, 3),
    advice,
    caseReasons,
  };
}

/** What every output should show, from the assessment and the content. */
export function expected(result: AssessmentResult, locale: Locale): Shown {
  const organisation = (id: string) => content.cases.find((study) => study.id === id)?.organisation[locale];
  return {
    level: describeLevel(result.overall, content.readinessLevels, locale),
    overall: result.overall.score === null ? null : String(result.overall.score),
    scores: result.prerequisites.map((p) => (p.score === null ? null : String(p.score))),
    blockers: result.blockers.map((blocker) => blocker.title[locale]),
    actions: result.plan.slice(0, 3).map((action) => action.title[locale]),
    matches: result.matches.slice(0, 3).map((match) => `${organisation(match.caseId)} ${match.similarity}`),
    advice: result.advice.map((check) => {
      const title = content.advice.find((a) => a.id === check.id)?.title[locale] ?? check.id;
      return `${title}: ${adviceOutcomeLabels[check.outcome][locale]}`;
    }),
    caseReasons: result.matches.slice(0, 3).map((match) => {
      const label = (id: string) => content.vocabulary.find((a) => a.id === id)?.label[locale] ?? id;
      const reasons = match.matches.map((comparison) => label(comparison.attribute)).join(", ");
      return `${organisation(match.caseId)}: ${reasons}`.trimEnd();
    }),
  };
}
