import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { compile, type Options } from "sass";
import { describe, expect, it } from "vitest";

/**
 * app/styles/dkfds.scss compiles only the DKFDS partials this site uses. These tests compile it
 * and DKFDS in full, and check that every DKFDS rule that can match the site's markup (every
 * class in its selector is one the components use) is in the trimmed stylesheet, unchanged.
 * A component that starts using a class of a DKFDS partial left out fails here, naming the rule.
 */

const root = join(__dirname, "../..");
const options: Options<"sync"> = { style: "expanded", silenceDeprecations: ["if-function"] };

interface CssRule {
  /** Enclosing @media/@supports, "" at the top level. */
  context: string;
  selector: string;
  declarations: string;
}

function splitTopLevel(selectorList: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = "";
  for (const char of selectorList) {
    if (char === "(") depth += 1;
    if (char === ")") depth -= 1;
    if (char === "," && depth === 0) {
      parts.push(current);
      current = "";
    } else current += char;
  }
  return [...parts, current].map((part) => part.trim().replace(/\s+/g, " "));
}

/** Flattens Sass's expanded output into one rule per selector; url()s reduced to file names. */
function readRules(css: string, context = ""): CssRule[] {
  const rules: CssRule[] = [];
  const text = css.replace(/\/\*[\s\S]*?\*\//g, "");
  let index = 0;
  while (index < text.length) {
    const open = text.indexOf("{", index);
    if (open < 0) break;
    let depth = 1;
    let close = open + 1;
    for (; depth > 0 && close < text.length; close++) {
      if (text[close] === "{") depth += 1;
      if (text[close] === "}") depth -= 1;
    }
    const head = text.slice(index, open).trim().replace(/\s+/g, " ");
    const body = text.slice(open + 1, close - 1);
    const declarations = body
      .replace(/url\("?[^")]*\/([^/")]+)"?\)/g, "url($1)")
      .replace(/\s+/g, " ")
      .trim();
    if (/^@(media|supports)/.test(head)) rules.push(...readRules(body, `${context}${head} `));
    else if (head.startsWith("@")) rules.push({ context, selector: head, declarations });
    else for (const selector of splitTopLevel(head)) rules.push({ context, selector, declarations });
    index = close;
  }
  return rules;
}

/** Every word in the string and template literals of the components and pages. */
function readWordsInCode(): Set<string> {
  const words = new Set<string>();
  const isSource = (name: string) => /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name);
  const sources = ["components", "app"].flatMap((dir) =>
    readdirSync(join(root, dir), { recursive: true, encoding: "utf8" })
      .filter(isSource)
      .map((file) => join(root, dir, file)),
  );
  for (const file of sources) {
    const source = readFileSync(file, "utf8");
    for (const [, double, template, single] of source.matchAll(/"([^"\n]*)"|`([^`]*)`|'([^'\n]*)'/g)) {
      const literal = (double ?? template ?? single ?? "").replace(/\$\{[^}]*\}/g, " ");
      for (const word of literal.split(/\s+/)) if (word) words.add(word);
    }
  }
  return words;
}

const classesIn = (selector: string) =>
  [...selector.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map((match) => match[1] ?? "");
const ruleKey = (rule: CssRule) => `${rule.context}|${rule.selector}|${rule.declarations}`;

const fullRules = readRules(
  compile(join(root, "node_modules/dkfds/src/stylesheets/dkfds.scss"), options).css,
);
const trimmedRules = readRules(compile(join(__dirname, "dkfds.scss"), options).css);

/**
 * The two deliberate changes: dkfds.scss sets DKFDS's text measure, 66ch, in em ($text-measure,
 * the same length in IBM Plex Sans), and puts a stand-in for IBM Plex Sans second in the font
 * stack. Its rules are compared as if written with DKFDS's values.
 */
const textMeasure = /^\$text-measure: ([^;]+);/m.exec(
  readFileSync(join(__dirname, "dkfds.scss"), "utf8"),
)?.[1];
const standIn = '"IBM Plex Sans Fallback", ';
const asDkfdsWrote = (rule: CssRule): CssRule => {
  const declarations = textMeasure ? rule.declarations.replaceAll(textMeasure, "66ch") : rule.declarations;
  return { ...rule, declarations: declarations.replaceAll(standIn, "") };
};
const trimmedKeys = new Set(trimmedRules.map((rule) => ruleKey(asDkfdsWrote(rule))));

describe("the trimmed DKFDS stylesheet", () => {
  it("has every DKFDS rule whose classes the components use", () => {
    const words = readWordsInCode();
    const missing = fullRules
      .filter((rule) => !rule.selector.startsWith("@keyframes"))
      .filter((rule) => classesIn(rule.selector).every((name) => words.has(name)))
      .filter((rule) => !trimmedKeys.has(ruleKey(rule)))
      .map((rule) => `${rule.context}${rule.selector} { ${rule.declarations.slice(0, 60)}… }`);
    expect(missing).toEqual([]);
  });

  it("still declares IBM Plex Sans in every weight DKFDS uses, from its own font files", () => {
    const faces = trimmedRules
      .filter((rule) => rule.selector === "@font-face")
      .map((rule) => rule.declarations);
    for (const weight of [400, 500, 600, 700]) {
      expect(faces.some((face) => face.includes(`font-weight: ${weight}`) && face.includes(".woff2"))).toBe(
        true,
      );
    }
  });

  it("shows a stand-in the size of IBM Plex Sans until the typeface has arrived", () => {
    const html = trimmedRules.find(
      (rule) => rule.selector === "html" && rule.declarations.includes("font-family"),
    );
    expect(html?.declarations).toContain(`font-family: "IBM Plex Sans", ${standIn}`);
    const faces = trimmedRules
      .filter(
        (rule) => rule.selector === "@font-face" && rule.declarations.includes("IBM Plex Sans Fallback"),
      )
      .map((rule) => rule.declarations);
    for (const weight of [400, 500, 600, 700]) {
      const face = faces.find((declarations) => declarations.includes(`font-weight: ${weight};`));
      const sources = /src: local\("Arial( Bold)?"\).*local\("Liberation Sans( Bold)?"\)/;
      const measurements = /size-adjust: [\d.]+%; ascent-override: [\d.]+%; descent-override: [\d.]+%/;
      expect(face, `weight ${weight}`).toMatch(sources);
      expect(face, `weight ${weight}`).toMatch(measurements);
    }
  });

  it("is much smaller than DKFDS in full", () => {
    expect(trimmedRules.length).toBeLessThan(fullRules.length / 2);
  });
});
