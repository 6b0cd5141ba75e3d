import {
  actionOwnerLabels,
  adviceOutcomeLabels,
  aiActClassLabels,
  blockersHeading,
  describeLevel,
  dpiaCriterionStateLabels,
  dpiaStatusLabels,
  legalDateCheckedLabel,
  legalBasisStatusLabels,
  legalDisclaimer,
  legalPhaseLabels,
  notEnoughAnswers,
  planGateLabels,
} from "@/content/result-labels";
import { formatScore } from "@/lib/engine/rounding";
import type { AssessmentResult } from "@/lib/engine/types";
import type { AnswersDocument } from "@/lib/schemas/answers";
import type { Locale } from "@/lib/schemas/common";
import type { Content } from "@/lib/schemas/content";

const headings = {
  overall: { da: "Samlet parathed", en: "Overall readiness" },
  prerequisites: { da: "Forudsætninger", en: "Prerequisites" },
  noBlockers: { da: "Ingen stopklodser fundet.", en: "No blockers found." },
  advice: { da: "De tre gode råd", en: "The three pieces of advice" },
  legal: { da: "Juridisk screening (vejledende)", en: "Legal triage (indicative)" },
  aiAct: { da: "AI-forordningen", en: "AI Act" },
  dpia: { da: "Konsekvensanalyse", en: "DPIA" },
  fria: {
    da: "Konsekvensanalyse for grundlæggende rettigheder (FRIA) og registrering",
    en: "Fundamental-rights impact assessment (FRIA) and registration",
  },
  applies: { da: "gælder", en: "applies" },
  doesNotApply: { da: "gælder ikke", en: "does not apply" },
  basis: { da: "Hjemmel pr. fase", en: "Legal basis per phase" },
  plan: { da: "Forbedringsplan (det første, I skal gøre)", en: "Improvement plan (what to do first)" },
  unanswered: { da: "ikke besvaret", en: "not answered" },
  unansweredShown: {
    da: "Viste spørgsmål, der ikke er besvaret (tæller som »Ved ikke«)",
    en: "Questions shown but not answered (count as “Don't know”)",
  },
  owner: { da: "Ansvarlig", en: "Owner" },
  dates: { da: "Datoer for jeres klasse", en: "Dates for your class" },
  matches: { da: "Mest lignende cases", en: "Most similar cases" },
  matching: { da: "Ens", en: "Matches" },
  differing: { da: "Forskellig", en: "Differs" },
  model: { da: "Beregnet med model", en: "Computed with model" },
  liftsBlocker: { da: "fjerner en stopklods", en: "lifts a blocker" },
} as const;

/** How many actions the summary lists, as the results page does. */
const PLAN_LENGTH = 8;

/** A readable plain-text summary of a result, for the terminal. */
export function formatSummary(
  result: AssessmentResult,
  doc: AnswersDocument,
  content: Content,
  locale: Locale,
): string {
  const t = (key: keyof typeof headings) => headings[key][locale];
  const num = (value: number) => formatScore(value, locale);
  const level = content.readinessLevels.find((l) => l.id === result.overall.level);
  const questionText = (id: string) => content.questions.find((q) => q.id === id)?.text[locale] ?? id;
  const attributeLabel = (id: string) => content.vocabulary.find((a) => a.id === id)?.label[locale] ?? id;
  const lines: string[] = [];

  lines.push(`${doc.project.title}${doc.project.organisation ? ` – ${doc.project.organisation}` : ""}`, "");
  const overall =
    result.overall.score === null ? notEnoughAnswers[locale] : `${num(result.overall.score)} / 100`;
  lines.push(
    `${t("overall")}: ${overall} – ${describeLevel(result.overall, content.readinessLevels, locale)}`,
  );
  if (level) lines.push(`  ${level.meaning[locale]}`);
  const unanswered = result.overall.unansweredQuestionIds.length;
  if (unanswered > 0) lines.push(`  ${t("unansweredShown")}: ${unanswered}`);

  lines.push("", `${blockersHeading[locale]}:`);
  if (result.blockers.length === 0) lines.push(`  ${t("noBlockers")}`);
  for (const blocker of result.blockers) {
    lines.push(`  ! ${blocker.title[locale]}`, `    ${blocker.action[locale]}`);
  }

  lines.push("", `${t("prerequisites")}:`);
  for (const p of result.prerequisites) {
    const title = content.prerequisites.find((x) => x.id === p.id)?.title[locale] ?? p.id;
    const score = p.score === null ? notEnoughAnswers[locale] : num(p.score).padStart(5);
    lines.push(
      `  ${title.padEnd(28)} ${score}${p.unanswered > 0 ? `  (${t("unanswered")}: ${p.unanswered})` : ""}`,
    );
  }

  lines.push("", `${t("advice")}:`);
  for (const a of result.advice) {
    const title = content.advice.find((x) => x.id === a.id)?.title[locale] ?? a.id;
    lines.push(`  ${title.padEnd(28)} ${adviceOutcomeLabels[a.outcome][locale]}`);
    for (const reason of a.reasons) lines.push(`    – ${reason.text[locale]}`);
  }

  const legal = result.legal;
  lines.push("", `${t("legal")}:`);
  lines.push(`  ${t("aiAct")}: ${aiActClassLabels[legal.aiActClass][locale]}`);
  lines.push(`  ${t("dpia")}: ${dpiaStatusLabels[legal.dpia.status][locale]}`);
  for (const finding of legal.dpia.triggers) lines.push(`    – ${finding.text[locale]}`);
  for (const criterion of legal.dpia.criteria) {
    lines.push(`    [${dpiaCriterionStateLabels[criterion.state][locale]}] ${criterion.name[locale]}`);
  }
  lines.push(`  ${t("fria")}: ${legal.fria.applies ? t("applies") : t("doesNotApply")}`);
  lines.push(`  ${t("basis")}:`);
  const phaseWidth = Math.max(24, ...legal.legalBasis.map((b) => legalPhaseLabels[b.phase][locale].length));
  for (const b of legal.legalBasis) {
    lines.push(
      `    ${legalPhaseLabels[b.phase][locale].padEnd(phaseWidth)} ${legalBasisStatusLabels[b.status][locale]}`,
    );
  }
  lines.push(`  ${t("dates")}:`);
  for (const id of legal.datesToVerify) {
    const date = content.legal.dates.find((entry) => entry.id === id);
    if (!date) continue;
    const checked = legalDateCheckedLabel[locale].replace("{date}", date.checkedOn);
    lines.push(`    ${date.date} (${checked}): ${date.text[locale]}`);
  }
  lines.push(`  ${legalDisclaimer[locale]}`);

  lines.push("", `${t("plan")}:`);
  result.plan.slice(0, PLAN_LENGTH).forEach((action, i) => {
    if (action.gate !== result.plan[i - 1]?.gate) lines.push(`  ${planGateLabels[action.gate][locale]}:`);
    const lifts = action.liftsBlockers.length > 0 ? ` – ${t("liftsBlocker")}` : "";
    lines.push(
      `  ${i + 1}. ${action.title[locale]}${lifts}`,
      `     ${t("owner")}: ${actionOwnerLabels[action.owner][locale]} · ${questionText(action.questionId)}`,
      `     ${action.recommendation[locale]}`,
    );
  });

  lines.push("", `${t("matches")}:`);
  for (const match of result.matches.slice(0, 3)) {
    const name = content.cases.find((c) => c.id === match.caseId)?.organisation[locale] ?? match.caseId;
    lines.push(`  ${name}: ${num(match.similarity)} %`);
    if (match.matches.length > 0)
      lines.push(`    ${t("matching")}: ${match.matches.map((m) => attributeLabel(m.attribute)).join(", ")}`);
    if (match.differs.length > 0)
      lines.push(
        `    ${t("differing")}: ${match.differs.map((m) => attributeLabel(m.attribute)).join(", ")}`,
      );
  }

  lines.push(
    "",
    `${t("model")} ${result.modelVersion} (content ${result.contentVersion}, legal ${legal.legalContentVersion})`,
  );
  return `${lines.join("\n")}\n`;
}
