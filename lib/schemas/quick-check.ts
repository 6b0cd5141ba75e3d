import * as z from "zod/mini";
import { idSchema, readinessLevelIdSchema } from "./common";

/**
 * The quick check: a few of the questionnaire's questions, asked on a few screens, that give a
 * provisional verdict (see lib/engine/rate-quick-check.ts). Same answers document as the full
 * assessment: the selection only says which questions to ask first.
 */
export const quickCheckSchema = z.strictObject({
  /** The screens in order, each with its questions in the order they are asked. */
  screens: z
    .array(
      z.strictObject({
        id: idSchema,
        questionIds: z.array(idSchema).check(z.minLength(1)),
      }),
    )
    .check(z.minLength(1)),
  /** The best level a quick check can give: it never asks enough to show that a project is ready. */
  highestLevel: readinessLevelIdSchema,
});
export type QuickCheck = z.infer<typeof quickCheckSchema>;
