import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { content } from "@/content";
import { validateAnswers } from "../engine/validate-answers";
import { decodeShareFragment, encodeShareFragment, MAX_SHARE_LINK_LENGTH } from "./share-link";

const examplesDir = join(__dirname, "../../examples");
const examples = readdirSync(examplesDir).map((name) => {
  const result = validateAnswers(JSON.parse(readFileSync(join(examplesDir, name), "utf8")), content, "da");
  if (!result.ok) throw new Error(`${name} is not valid`);
  return { name, document: result.doc };
});
const origin = "https://ai-parathed.example/da/shared#";

describe("a link that carries the answers", () => {
  it.each(examples)("opens $name with every answer and note", ({ document }) => {
    const fragment = encodeShareFragment(document);
    expect(decodeShareFragment(`#${fragment}`)).toEqual({ ok: true, document });
  });

  it("keeps even the largest example under 8,000 characters", () => {
    const longest = Math.max(
      ...examples.map(({ document }) => (origin + encodeShareFragment(document)).length),
    );
    expect(longest).toBeLessThan(MAX_SHARE_LINK_LENGTH);
  });

  it("refuses a link that was cut off or altered, instead of opening other answers", () => {
    const fragment = encodeShareFragment(examples[0]!.document);
    expect(decodeShareFragment(fragment.slice(0, Math.floor(fragment.length / 2)))).toEqual({
      ok: false,
      reason: "damaged",
    });
    expect(decodeShareFragment(fragment.slice(0, -3))).toMatchObject({ ok: false, reason: "damaged" });
    const middle = Math.floor(fragment.length / 2);
    const flipped = fragment[middle] === "A" ? "B" : "A";
    const altered = fragment.slice(0, middle) + flipped + fragment.slice(middle + 1);
    expect(decodeShareFragment(altered)).toEqual({ ok: false, reason: "damaged" });
    expect(decodeShareFragment(`${fragment}!`)).toEqual({ ok: false, reason: "not-a-share-link" });
  });

  it("says a link from a newer version is too new, and an empty one is empty", () => {
    const fragment = encodeShareFragment(examples[0]!.document);
    expect(decodeShareFragment(fragment.replace(/^a1\./, "a2."))).toEqual({ ok: false, reason: "too-new" });
    expect(decodeShareFragment("#")).toEqual({ ok: false, reason: "empty" });
    expect(decodeShareFragment("#top")).toEqual({ ok: false, reason: "not-a-share-link" });
  });
});
