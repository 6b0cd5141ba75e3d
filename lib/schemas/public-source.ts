import * as z from "zod/mini";
import { idSchema, localizedTextSchema } from "./common";

/**
 * A public source that a question, help text or rule rests on: who published it, its title as
 * published (not translated), where to find it and, where confirmed, when it was published or
 * adopted. Every id here has an entry in docs/sources/genai-sources.md, which says how it was
 * confirmed.
 */
export const publicSourceSchema = z.strictObject({
  id: idSchema,
  publisher: localizedTextSchema,
  title: z.string().check(z.minLength(1)),
  /** The article or section relied on, where the source is a legal act. */
  reference: z.optional(localizedTextSchema),
  url: z.optional(z.url()),
  /** ISO date of publication or adoption; absent where it was not confirmed. */
  date: z.optional(z.iso.date()),
});
export type PublicSource = z.infer<typeof publicSourceSchema>;
