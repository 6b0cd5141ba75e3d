import { describe, expect, it } from "vitest";
import { buildClosedPath, wrapLabel } from "./geometry";

describe("chart geometry helpers", () => {
  it("wraps a long axis label at spaces", () => {
    expect(wrapLabel("Juridiske overvejelser", 12)).toEqual(["Juridiske", "overvejelser"]);
    expect(wrapLabel("Data og teknologi", 12)).toEqual(["Data og", "teknologi"]);
  });

  it("keeps a short label on one line", () => {
    expect(wrapLabel("Skalering", 12)).toEqual(["Skalering"]);
  });

  it("builds a closed path through the given points", () => {
    expect(
      buildClosedPath([
        { x: 0, y: 0 },
        { x: 10, y: 0 },
        { x: 5, y: 8.666 },
      ]),
    ).toBe("M 0 0 L 10 0 L 5 8.67 Z");
  });
});
