import { z } from "zod";
import { idSchema } from "./common";

/**
 * A condition over answers, used for branching (when a question is shown), for blockers and for
 * the advice rules. `in` lists option ids; it may also list the special answers "dont-know" and
 * "not-applicable". For a multi-choice question, `in` holds when any chosen value is listed.
 * A question that is unanswered or hidden satisfies no `in` clause.
 */
export type Condition =
  | { question: string; in: string[] }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.object({ question: idSchema, in: z.array(z.string().min(1)).min(1) }).strict(),
    z.object({ all: z.array(conditionSchema).min(1) }).strict(),
    z.object({ any: z.array(conditionSchema).min(1) }).strict(),
    z.object({ not: conditionSchema }).strict(),
  ]),
);
