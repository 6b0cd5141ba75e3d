import type { QuickCheck } from "@/lib/schemas/quick-check";

/**
 * The quick check asks 15 of the questionnaire's questions on three screens, and three more when
 * the solution uses generative AI. Chosen so that:
 * - every question that decides a blocker is asked (content/blockers.ts), so the quick check
 *   finds every blocker the full assessment would find. Two blockers belong to generative AI and
 *   read three of its questions (error rate, review of output, the vendor's terms): they are
 *   shown only to a generative-AI project, which is therefore asked 18;
 * - the questions the legal triage's AI Act class, DPIA and legal basis read are asked (use areas,
 *   technology, personal data, the AI's role, who uses or is affected by the solution), except
 *   profiling: it only opens the Annex III exception, so without it the quick check stays on the
 *   cautious side (high risk) where the full assessment may find that the exception can apply,
 *   and a DPIA criterion it does not ask about (volume, domain, profiling) stays open, so the
 *   DPIA may be "undetermined" with the open criteria named where the full assessment decides;
 * - the first question of each piece of advice's rules is asked (legal involved from the start,
 *   access to data and enough data);
 * - every prerequisite has at least one question that is always shown (its heaviest one where
 *   possible), so the provisional level rests on all five;
 * - matching compares the heaviest attributes it can reach within the limit (technology, AI role,
 *   personal data, audience); the domain, data types, volume, sourcing and the rest of the
 *   profile are left to the full assessment, and matching leaves out what is unanswered.
 * The content test keeps these promises (at most 15 questions, every blocker's questions).
 */
export const quickCheck: QuickCheck = {
  screens: [
    {
      id: "project",
      questionIds: ["technology", "ai-role", "audience", "personal-data", "use-areas"],
    },
    {
      id: "data-organisation",
      questionIds: [
        "dt-data-access",
        "dfirst-volume",
        "org-owner",
        "comp-data-expertise",
        "scale-operation-funding",
        "genai-error-rate",
        "genai-output-review",
      ],
    },
    {
      id: "legal",
      questionIds: [
        "lawearly-legal-in-design",
        "legal-basis-operation",
        "legal-dpia",
        "legal-automated-decisions",
        "legal-ai-act-classified",
        "genai-vendor-terms",
      ],
    },
  ],
  highestLevel: "nearly-ready",
};

/** The quick check's questions in the order they are asked (those for generative AI included). */
export const quickCheckQuestionIds: readonly string[] = quickCheck.screens.flatMap(
  (screen) => screen.questionIds,
);

/** The quick check's questions for a project that does not use generative AI. */
export const quickCheckUsualQuestionIds: readonly string[] = quickCheckQuestionIds.filter(
  (id) => !id.startsWith("genai-"),
);
