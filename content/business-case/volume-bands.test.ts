import { describe, expect, it } from "vitest";
import { vocabulary } from "@/content/vocabulary";
import { volumeBands } from "./volume-bands";

describe("volume bands", () => {
  it("give bounds for every answer to the profile's volume question, and only those", () => {
    const attribute = vocabulary.find((entry) => entry.id === "annual-volume");
    expect(Object.keys(volumeBands).sort()).toEqual(attribute?.values.map((value) => value.id).sort());
  });

  it("keep each band's minimum below its maximum", () => {
    for (const band of Object.values(volumeBands)) {
      expect(band.min ?? 0).toBeLessThan(band.max ?? Number.POSITIVE_INFINITY);
    }
  });
});
