import { content } from "@/content";
import {
  ANSWERS_SCHEMA_VERSION,
  limits,
  type Answer,
  type Answers,
  type AnswersDocument,
} from "../schemas/answers";
import type { Locale } from "../schemas/common";
import { isScored } from "../schemas/question";

/**
 * Answers documents for the report's tests and benchmark: a realistic project, and the extremes
 * the layout must survive. Built against the real content, so they follow it when it changes.
 */

const projects: Record<Locale, AnswersDocument["project"]> = {
  da: {
    title: "Fordeling af skriftlige henvendelser i Borgerservice",
    organisation: "Ørestad Kommune",
    description:
      "Borgerservice modtager omkring 40.000 skriftlige henvendelser om året. En model skal læse hver henvendelse og sende den til det rigtige fagteam, så medarbejderne bruger mindre tid på at fordele post og mere på at svare. Svarene skrives fortsat af en medarbejder.",
  },
  en: {
    title: "Routing written enquiries in Citizen Services",
    organisation: "Ørestad Municipality",
    description:
      "Citizen Services receives about 40,000 written enquiries a year. A model will read each enquiry and send it to the right team, so staff spend less time sorting mail and more time answering. Replies are still written by a member of staff.",
  },
};

/** A municipality routing enquiries: a mix of strong and weak answers, "don't know", "not applicable" and gaps. */
const realisticAnswers: Answers = {
  "organisation-kind": { type: "option", value: "municipality" },
  domain: { type: "option", value: "administration" },
  technology: { type: "options", values: ["machine-learning", "natural-language"] },
  "data-types": { type: "options", values: ["free-text", "structured-records"] },
  "personal-data": { type: "option", value: "ordinary" },
  audience: { type: "option", value: "affects-citizens" },
  "ai-role": { type: "option", value: "triage-routing" },
  "annual-volume": { type: "option", value: "10000-to-100000" },
  sourcing: { type: "option", value: "buy" },
  "processing-location": { type: "option", value: "cloud-eu" },
  "use-areas": { type: "options", values: ["none-of-these"] },
  profiling: { type: "option", value: "no" },
  "dt-data-access": { type: "option", value: "both-agreed" },
  "dt-ground-truth": {
    type: "option",
    value: "consistent-uneven",
    note: "Fagteamet er registreret på alle lukkede sager siden 2022.",
  },
  "dt-test-environment": { type: "option", value: "planned" },
  "dt-integration": { type: "option", value: "systems-known" },
  "dt-operation": { type: "dont-know" },
  "dt-monitoring-retraining": { type: "option", value: "considered" },
  "dt-security": { type: "option", value: "in-progress" },
  "org-owner": { type: "option", value: "mandate-no-budget" },
  "org-decision-rules": { type: "option", value: "discussed" },
  "org-staff-involvement": { type: "option", value: "few-testers" },
  "org-time-set-aside": { type: "option", value: "informal" },
  "org-citizen-dialogue": { type: "option", value: "ad-hoc" },
  "org-fallback": { type: "option", value: "described" },
  "org-benefit-baseline": { type: "option", value: "estimate" },
  "org-vendor-contract": { type: "not-applicable", note: "Leverandøren er ikke valgt endnu." },
  "comp-training-plan": { type: "option", value: "estimate" },
  "comp-critical-skills": { type: "option", value: "known" },
  "comp-ai-literacy": { type: "option", value: "general-only" },
  "comp-ai-limits": { type: "option", value: "mentioned" },
  "comp-domain-evaluation": { type: "option", value: "test-only" },
  "comp-data-expertise": { type: "option", value: "partner-only" },
  "comp-it-business": { type: "option", value: "on-demand" },
  "legal-basis-operation": { type: "option", value: "in-progress" },
  "legal-basis-development": { type: "dont-know" },
  "legal-basis-retraining": { type: "option", value: "not-examined" },
  "legal-dpia": { type: "option", value: "planned" },
  "legal-ai-act-classified": { type: "option", value: "in-progress" },
  "legal-data-minimisation": { type: "option", value: "partly" },
  "legal-transparency": { type: "option", value: "planned" },
  "scale-operation-funding": { type: "option", value: "hoped-for" },
  "scale-operating-cost": { type: "option", value: "rough" },
  "scale-shareable-evidence": { type: "option", value: "internal-status" },
  "scale-generic-design": { type: "option", value: "configurable" },
  "scale-open-standards": { type: "option", value: "partly" },
  "small-routine-process": { type: "option", value: "routine-repetitive" },
  "small-staff-first": { type: "option", value: "staff-only" },
  "small-pilot": { type: "option", value: "small-first-step" },
  "small-reuse-examined": { type: "option", value: "in-progress" },
  "lawearly-legal-in-design": { type: "option", value: "approval-only" },
  "lawearly-clarified-before-start": { type: "option", value: "alongside" },
  "dfirst-volume": { type: "option", value: "counted-enough" },
  "dfirst-clarified-before-start": { type: "option", value: "before-start" },
  "dfirst-quality-sample": { type: "option", value: "impression" },
  "dfirst-data-owner": { type: "option", value: "owner-named" },
};

function document(language: Locale, project: AnswersDocument["project"], answers: Answers): AnswersDocument {
  return {
    schemaVersion: ANSWERS_SCHEMA_VERSION,
    language,
    project,
    answers,
    createdAt: "2026-11-20T09:00:00+01:00",
    updatedAt: "2026-11-28T10:30:00+01:00",
  };
}

/** A realistic project in Danish or English, with a few questions left unanswered. */
export function buildRealisticDocument(language: Locale): AnswersDocument {
  return document(language, projects[language], realisticAnswers);
}

/**
 * Every question answered, each with a note: the weakest option of every scored question (the
 * most blockers and the longest plan), and profile answers that show every question.
 */
export function buildFullyAnsweredDocument(
  language: Locale,
  note: string,
  project = projects[language],
): AnswersDocument {
  const answers: Answers = {};
  for (const question of content.questions) {
    let answer: Answer;
    if (isScored(question)) {
      const first = question.options[0];
      answer = first ? { type: "option", value: first.id, note } : { type: "dont-know", note };
    } else {
      const attribute = content.vocabulary.find((a) => a.id === question.attribute);
      const values = (attribute?.values ?? []).map((value) => value.id);
      answer =
        attribute?.cardinality === "multi"
          ? { type: "options", values: values.slice(1, 4), note }
          : { type: "option", value: values[values.length - 1] ?? "unknown", note };
    }
    answers[question.id] = answer;
  }
  return document(language, project, answers);
}

/** The longest texts the answers schema allows, in a form no layout can wrap at spaces. */
export const extremeTexts = {
  /** 200 characters without a space. */
  longWordTitle: "Databeskyttelsesforordningskonsekvensanalyse".repeat(5).slice(0, 200),
  oddTitle: "Projekt 🚀 Ældre‍👩‍⚕️ «AI» – مشروع الذكاء الاصطناعي / פרויקט ✓ § 136 e",
  description: `${"Beskrivelse med æ, ø og å – ".repeat(150)}${"x".repeat(500)}`.slice(0, 5000),
  note: `${"Note uden mellemrum:".repeat(10)}${"ø".repeat(300)} ${"Lang note med ord, der kan brydes. ".repeat(30)}`.slice(
    0,
    1000,
  ),
} as const;

/** Text of exactly `length` characters in `lines` lines of words, as a pasted list would be. */
function linesOfWords(length: number, lines: number, word: string): string {
  const perLine = Math.floor((length - (lines - 1)) / lines);
  const line = `${word} `
    .repeat(Math.ceil(perLine / (word.length + 1)))
    .slice(0, perLine)
    .trimEnd();
  const text = Array.from({ length: lines }, () => line.padEnd(perLine, "x")).join("\n");
  return text.padEnd(length, "x");
}

/**
 * The heaviest document the answers schema accepts: every question answered; notes at the
 * longest length allowed, with as many line breaks as the budget for all notes together leaves
 * each, on as many questions as that budget allows; title, organisation and description at their
 * longest, with the most line breaks.
 */
export function buildWorstValidDocument(language: Locale): AnswersDocument {
  const notes = Math.floor(limits.notesTotalLength / limits.noteLength);
  const lineBreaks = Math.min(limits.noteLineBreaks, Math.floor(limits.notesTotalLineBreaks / notes));
  const note = linesOfWords(limits.noteLength, lineBreaks + 1, "nøgleord");
  const doc = buildFullyAnsweredDocument(language, note, {
    title: linesOfWords(limits.titleLength, 1, "Projektnavn"),
    organisation: linesOfWords(limits.organisationLength, 1, "Organisation"),
    description: linesOfWords(limits.descriptionLength, limits.descriptionLineBreaks + 1, "beskrivelse"),
  });
  const answers = Object.entries(doc.answers).map(([id, answer], index): [string, Answer] => {
    if (index < notes) return [id, answer];
    const bare = { ...answer };
    delete bare.note;
    return [id, bare];
  });
  return { ...doc, answers: Object.fromEntries(answers) };
}
