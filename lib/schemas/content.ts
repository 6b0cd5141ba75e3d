import { z } from "zod";
import { caseStudySchema } from "./case";
import {
  adviceRuleSchema,
  adviceSchema,
  blockerSchema,
  prerequisiteSchema,
  readinessLevelSchema,
} from "./framework";
import { legalContentSchema } from "./legal";
import { questionSchema } from "./question";
import { vocabularySchema } from "./vocabulary";

/** Everything the engine reads: checked as a whole by tests and by `parseContent`. */
export const contentSchema = z
  .object({
    /** Bumped whenever questions, points, blockers or rules change. */
    version: z.string().min(1),
    vocabulary: vocabularySchema,
    prerequisites: z.array(prerequisiteSchema).length(5),
    advice: z.array(adviceSchema).length(3),
    readinessLevels: z.array(readinessLevelSchema).length(4),
    questions: z.array(questionSchema).min(1),
    blockers: z.array(blockerSchema),
    adviceRules: z.array(adviceRuleSchema),
    legal: legalContentSchema,
    cases: z.array(caseStudySchema).length(6),
  })
  .strict();
export type Content = z.infer<typeof contentSchema>;
export type ContentInput = z.input<typeof contentSchema>;
