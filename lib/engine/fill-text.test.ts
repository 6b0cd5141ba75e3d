import { describe, expect, it } from "vitest";
import { fillText } from "./fill-text";

describe("fillText", () => {
  it("fills each language from the same language of the value", () => {
    expect(
      fillText(
        { da: "Området »{area}«", en: 'The area "{area}"' },
        { area: { da: "Uddannelse", en: "Education" } },
      ),
    ).toEqual({ da: "Området »Uddannelse«", en: 'The area "Education"' });
  });

  it("leaves a placeholder without a value as written", () => {
    expect(fillText({ da: "{point}", en: "{point}" })).toEqual({ da: "{point}", en: "{point}" });
  });
});
