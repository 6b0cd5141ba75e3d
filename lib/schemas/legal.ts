import { z } from "zod";
import { idSchema, localizedTextSchema } from "./common";

export const legalSourceSchema = z
  .object({
    title: localizedTextSchema,
    /** A citation a lawyer can look up (e.g. "EUR-Lex OJ L 2024/1689, Article 5"). */
    citation: localizedTextSchema,
  })
  .strict();

/** One rule the legal triage relies on, with its article and source. */
export const legalRuleSchema = z
  .object({
    id: idSchema,
    instrument: z.enum(["ai-act", "gdpr", "danish-law", "guidance"]),
    /** The article or paragraph, as written in each language ("Artikel 6, stk. 3" / "Article 6(3)"). */
    reference: localizedTextSchema,
    title: localizedTextSchema,
    summary: localizedTextSchema,
    source: legalSourceSchema,
  })
  .strict();
export type LegalRule = z.infer<typeof legalRuleSchema>;

/** A dated fact that may change (application dates, proposals): always shown as "verify". */
export const legalDateSchema = z
  .object({
    id: idSchema,
    date: z.iso.date(),
    status: z.enum(["in-force", "scheduled", "proposed"]),
    text: localizedTextSchema,
    source: legalSourceSchema,
  })
  .strict();
export type LegalDate = z.infer<typeof legalDateSchema>;

export const legalContentSchema = z
  .object({
    /** Bumped whenever a rule or date changes; shown in every result. */
    version: z.string().min(1),
    reviewedOn: z.iso.date(),
    rules: z.array(legalRuleSchema).min(1),
    dates: z.array(legalDateSchema).min(1),
    authorities: localizedTextSchema,
  })
  .strict();
export type LegalContent = z.infer<typeof legalContentSchema>;
