import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { iconNames, iconSpriteFile } from "./icon-names";

describe("the icon sprite", () => {
  it("has every icon the site uses, so no icon shows up empty (run scripts/copy-dkfds-assets.ts)", () => {
    const sprite = readFileSync(join(__dirname, "../..", iconSpriteFile), "utf8");
    const missing = iconNames.filter((name) => !sprite.includes(`<symbol id="${name}"`));
    expect(missing).toEqual([]);
  });
});
