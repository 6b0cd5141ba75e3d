import { IntlMessageFormat } from "intl-messageformat";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import type { Locale } from "@/lib/schemas/common";
import type { MessageTree } from "./compile-messages";
import { formatterMessages, messagesByLocale, pickClientMessages } from "./messages";

function entries(tree: MessageTree, prefix = ""): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string"
      ? [[`${prefix}${key}`, value] as [string, string]]
      : entries(value, `${prefix}${key}.`),
  );
}

/** Values for a message's arguments: each plural argument in turn as 1, 2 and 5. */
function argumentSets(text: string): Record<string, string | number>[] {
  const names = [...new Set([...text.matchAll(/\{(\w+)/g)].map((match) => match[1]!))];
  const plurals = new Set([...text.matchAll(/\{(\w+),\s*plural/g)].map((match) => match[1]!));
  return [1, 2, 5].map((count) =>
    Object.fromEntries(names.map((name) => [name, plurals.has(name) ? count : `‹${name}›`])),
  );
}

describe("compiled messages", () => {
  it.each(["da", "en"] as const)(
    "give the same texts as the ICU messages they come from (%s)",
    (locale: Locale) => {
      const t = createTranslator({ locale, messages: formatterMessages(locale) });
      let checked = 0;
      for (const [key, text] of entries(messagesByLocale[locale] as unknown as MessageTree)) {
        for (const values of argumentSets(text)) {
          const expected = new IntlMessageFormat(text, locale).format(values);
          expect(t(key as never, values as never), key).toBe(expected);
          checked++;
        }
      }
      expect(checked).toBeGreaterThan(1000);
    },
  );

  it("are plain data that a server component can hand to the client", () => {
    const plain = (value: unknown): boolean =>
      typeof value !== "object" ||
      value === null ||
      (Array.isArray(value)
        ? value.every(plain)
        : Object.getPrototypeOf(value) === Object.prototype && Object.values(value).every(plain));
    for (const page of ["questionnaire", "results"] as const) {
      expect(plain(pickClientMessages("da", page))).toBe(true);
      expect(plain(pickClientMessages("en", page))).toBe(true);
    }
  });

  it("go to the browser only for the page whose client components read them", () => {
    expect(Object.keys(pickClientMessages("da", "questionnaire"))).toEqual(["common", "assessment"]);
    expect(Object.keys(pickClientMessages("en", "results"))).toEqual([
      "common",
      "assessment",
      "results",
      "businessCaseSummary",
      "quickCheck",
      "share",
      "compare",
    ]);
    expect(Object.keys(pickClientMessages("da", "quickCheck"))).toEqual([
      "common",
      "assessment",
      "quickCheck",
    ]);
    expect(Object.keys(pickClientMessages("da", "businessCase"))).toEqual([
      "common",
      "assessment",
      "businessCase",
    ]);
    expect(pickClientMessages("da", "results").results).toEqual(formatterMessages("da").results);
  });
});
