import type { Locale } from "@/lib/schemas/common";
import daCommon from "@/content/messages/da/common.json";
import enCommon from "@/content/messages/en/common.json";

/**
 * UI messages, one JSON file per namespace and language under content/messages/.
 * Add a namespace by importing its two files here; a test checks that both languages have the
 * same keys.
 */
export const messagesByLocale = {
  da: { common: daCommon },
  en: { common: enCommon },
} satisfies Record<Locale, Record<string, unknown>>;
