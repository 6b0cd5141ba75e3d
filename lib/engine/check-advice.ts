import { ADVICE_PASS_FROM, ADVICE_WARN_FROM, adviceCheckTexts } from "@/content/advice-check";
import type { Answers } from "../schemas/answers";
import type { LocalizedText } from "../schemas/common";
import type { AdviceRule } from "../schemas/framework";
import { fillText } from "./fill-text";
import { evaluateCondition, referencedQuestionIds, visibleQuestionIds } from "./conditions";
import { formatScore } from "./rounding";
import { requiredAnswers } from "./score-sections";
import { readGapsAsDontKnow } from "./scored-answers";
import type { AdviceCheckResult, SectionScore, EngineContent } from "./types";

type Outcome = "pass" | "warn" | "fail";

export { ADVICE_PASS_FROM, ADVICE_WARN_FROM };

const severity: Record<Outcome, number> = { pass: 0, warn: 1, fail: 2 };

export function outcomeFromScore(score: number): Outcome {
  if (score >= ADVICE_PASS_FROM) return "pass";
  if (score >= ADVICE_WARN_FROM) return "warn";
  return "fail";
}

/** A whole number, written the same in both languages. */
function same(value: number): LocalizedText {
  return { da: String(value), en: String(value) };
}

function worst(outcomes: readonly Outcome[]): Outcome | null {
  return outcomes.reduce<Outcome | null>(
    (acc, outcome) => (acc === null || severity[outcome] > severity[acc] ? outcome : acc),
    null,
  );
}

function describeScore(section: SectionScore): LocalizedText {
  if (section.score !== null) {
    return fillText(adviceCheckTexts.score, {
      score: { da: formatScore(section.score, "da"), en: formatScore(section.score, "en") },
      pass: same(ADVICE_PASS_FROM),
      warn: same(ADVICE_WARN_FROM),
    });
  }
  const needed = requiredAnswers(section.applicable);
  if (section.applicable === 0 || section.answered >= needed) {
    return adviceCheckTexts.noneApply;
  }
  return fillText(adviceCheckTexts.tooFewAnswers, {
    answered: same(section.answered),
    applicable: same(section.applicable),
    needed: same(needed),
  });
}

/**
 * The questions whose answers pulled the score down most (all answers at the lowest share; "don't
 * know" and empty answers are gaps at the weakest share).
 */
function weakestAnswers(section: SectionScore): string[] {
  const scored = section.contributions.filter((c) => c.state !== "not-applicable" && c.maxPoints > 0);
  const lowest = Math.min(...scored.map((c) => c.points / c.maxPoints));
  return scored.filter((c) => c.points / c.maxPoints === lowest).map((c) => c.questionId);
}

function checkOne(
  id: AdviceCheckResult["id"],
  section: SectionScore,
  rules: readonly AdviceRule[],
  visibleIds: ReadonlySet<string>,
): Omit<AdviceCheckResult, "decidingQuestionIds"> & { deciding: Set<string> } {
  const scoreOutcome = section.score === null ? null : outcomeFromScore(section.score);
  const ruleOutcome = worst(rules.map((rule) => rule.outcome));
  const outcome = worst([scoreOutcome, ruleOutcome].filter((o): o is Outcome => o !== null));
  const scoreDecided = outcome === null || outcome === scoreOutcome;

  const deciding = new Set<string>();
  for (const rule of rules) {
    for (const questionId of referencedQuestionIds(rule.when)) {
      if (visibleIds.has(questionId)) deciding.add(questionId);
    }
  }
  const reasons: AdviceCheckResult["reasons"] = rules.map((rule) => ({ ruleId: rule.id, text: rule.reason }));
  if (scoreDecided) {
    reasons.push({ ruleId: null, text: describeScore(section) });
    const questions =
      section.score === null
        ? section.contributions.filter((c) => c.state === "unanswered").map((c) => c.questionId)
        : weakestAnswers(section);
    questions.forEach((questionId) => deciding.add(questionId));
  }
  return {
    id,
    outcome: outcome ?? "not-enough-answers",
    score: section.score,
    reasons,
    deciding,
    contributions: section.contributions,
  };
}

/**
 * The three advice checks. The section score gives pass (from 70), warn (from 40) or fail; every
 * advice rule whose condition holds lowers that to its own outcome (fail beats warn); a shown
 * scored question left empty reads as "don't know". With too few answers and no rule firing, the
 * outcome is "not-enough-answers".
 */
export function checkAdvice(
  content: Pick<EngineContent, "questions" | "advice" | "adviceRules">,
  answers: Answers,
  adviceScores: Record<AdviceCheckResult["id"], SectionScore>,
  visibleIds: ReadonlySet<string> = visibleQuestionIds(content, answers),
): AdviceCheckResult[] {
  const position = new Map(content.questions.map((question, index) => [question.id, index]));
  const byContentOrder = (a: string, b: string): number =>
    (position.get(a) ?? Infinity) - (position.get(b) ?? Infinity);
  // An empty shown question reads as "don't know": skipping never avoids a rule.
  const read = readGapsAsDontKnow(content, answers, visibleIds);
  return content.advice.map((advice) => {
    const fired = content.adviceRules.filter(
      (rule) => rule.advice === advice.id && evaluateCondition(rule.when, read, visibleIds),
    );
    const { deciding, ...check } = checkOne(advice.id, adviceScores[advice.id], fired, visibleIds);
    return { ...check, decidingQuestionIds: [...deciding].sort(byContentOrder) };
  });
}
