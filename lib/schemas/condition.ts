import * as z from "zod/mini";
import { idSchema } from "./common";

/**
 * A condition over answers, used for branching (when a question is shown), for blockers and for
 * the advice rules. `in` lists option ids; it may also list the special answers "dont-know" and
 * "not-applicable". For a multi-choice question, `in` holds when any chosen value is listed.
 * A question that is unanswered or hidden satisfies no `in` clause.
 */
export type Condition =
  { question: string; in: string[] } | { all: Condition[] } | { any: Condition[] } | { not: Condition };

export const conditionSchema: z.ZodMiniType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({
      question: idSchema,
      in: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
    }),
    z.strictObject({ all: z.array(conditionSchema).check(z.minLength(1)) }),
    z.strictObject({ any: z.array(conditionSchema).check(z.minLength(1)) }),
    z.strictObject({ not: conditionSchema }),
  ]),
);
