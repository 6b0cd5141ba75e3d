/**
 * The version of the assessment model: how scores, blockers, advice, triage, plan and matching are
 * computed. Bump it whenever a rule in lib/engine changes a result; every result and report shows
 * it next to the content version.
 */
export const MODEL_VERSION = "2026.12.2";
