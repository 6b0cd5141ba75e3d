import type { PresentationModel } from "@/lib/report/report-model";

/**
 * A readable plain-text summary for the terminal. It only lays the presentation model out: every
 * text, number and limit comes from it, so the CLI says what the results page and the report say.
 */
export function formatSummary(model: PresentationModel): string {
  const { texts, cover, summary, chart, legal, cases } = model;
  const lines: string[] = [];
  const heading = (text: string) => lines.push("", `${text}:`);

  lines.push(cover.organisation ? `${cover.projectTitle} – ${cover.organisation}` : cover.projectTitle, "");
  lines.push(`${texts.cliOverall}: ${summary.levelLabel} (${summary.overallText})`);
  if (summary.levelMeaning) lines.push(`  ${summary.levelMeaning}`);
  if (summary.levelNote) lines.push(`  ${summary.levelNote}`);

  heading(texts.blockersHeading);
  if (summary.blockers.length === 0) lines.push(`  ${texts.blockersNone}`);
  for (const blocker of summary.blockers) {
    lines.push(`  ! ${blocker.title}`, `    ${blocker.action}`);
  }

  heading(texts.chartHeading);
  const titleWidth = Math.max(...chart.rows.map((row) => row.title.length));
  const scoreWidth = Math.max(...chart.rows.map((row) => row.scoreText.length));
  for (const row of chart.rows) {
    lines.push(`  ${row.title.padEnd(titleWidth)}  ${row.scoreText.padEnd(scoreWidth)}  ${row.answeredText}`);
  }

  heading(texts.adviceHeading);
  for (const advice of summary.advice) {
    lines.push(`  ${advice.title}: ${advice.outcomeLabel}`);
    for (const reason of advice.reasons) lines.push(`    – ${reason}`);
  }

  heading(`${texts.legalHeading} (${texts.legalNotAdvice})`);
  lines.push(`  ${texts.legalAiAct}: ${legal.aiActClass}`);
  lines.push(`  ${texts.legalDpia}: ${legal.dpiaStatus}`);
  for (const finding of legal.dpiaTriggers) lines.push(`    – ${finding.text}`);
  for (const criterion of legal.dpiaCriteria) lines.push(`    [${criterion.state}] ${criterion.text}`);
  lines.push(`  ${legal.fria}`, `  ${legal.registration}`);
  lines.push(`  ${texts.legalBasis}:`);
  const phaseWidth = Math.max(...legal.legalBasis.map((row) => row.phase.length));
  for (const row of legal.legalBasis) lines.push(`    ${row.phase.padEnd(phaseWidth)}  ${row.status}`);
  if (legal.dates.length > 0) {
    lines.push(`  ${texts.legalDates}:`);
    for (const date of legal.dates)
      lines.push(`    ${date.date} (${date.status}; ${date.checked}): ${date.text}`);
  }
  lines.push(`  ${legal.disclaimer}`);

  heading(texts.topActionsHeading);
  if (summary.topActions.length === 0) lines.push(`  ${texts.topActionsNone}`);
  summary.topActions.forEach((action, index) => {
    if (action.gate !== summary.topActions[index - 1]?.gate) lines.push(`  ${action.gate}:`);
    lines.push(`  ${action.rank}. ${action.title}`, `     ${action.owner} · ${action.section}`);
    lines.push(`     ${action.recommendation}`);
    for (const effect of action.effects) lines.push(`     ${effect}`);
  });
  if (summary.planMore) lines.push(`  ${summary.planMore}`);

  heading(texts.casesHeading);
  if (cases.length === 0) lines.push(`  ${texts.casesNone}`);
  if (model.casesCloseness) lines.push(`  ${model.casesCloseness}`);
  for (const study of cases) {
    lines.push(`  ${study.rank}. ${study.organisation}: ${study.title} (${study.similarityText})`);
    if (study.weakText) lines.push(`    ${study.weakText}`);
    if (study.matches.length > 0) {
      lines.push(`    ${texts.caseMatches}: ${study.matches.map((m) => m.attribute).join(", ")}`);
    }
    if (study.differs.length > 0) {
      lines.push(`    ${texts.caseDiffers}: ${study.differs.map((m) => m.attribute).join(", ")}`);
    }
  }

  lines.push("", model.method.versions);
  return `${lines.join("\n")}\n`;
}
