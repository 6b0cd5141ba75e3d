import { contentSchema, type Content } from "@/lib/schemas/content";
import { adviceRules } from "./advice-rules";
import { blockers } from "./blockers";
import { cases } from "./cases";
import { advice, prerequisites, readinessLevels } from "./framework";
import { legalContent } from "./legal";
import { matching } from "./matching";
import { planActions } from "./plan-actions";
import { questions } from "./questions";
import { quickCheck } from "./quick-check";
import { vocabulary } from "./vocabulary";

/**
 * The whole content, checked against its schema once when first imported: a content error
 * fails the build and the tests rather than a user's assessment.
 */
export const content: Content = contentSchema.parse({
  version: "2026.12.2",
  vocabulary,
  prerequisites,
  advice,
  readinessLevels,
  questions,
  blockers,
  adviceRules,
  planActions,
  legal: legalContent,
  matching,
  cases,
  quickCheck,
});
