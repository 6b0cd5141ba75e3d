import { describe, expect, it } from "vitest";
import { median } from "./median";

describe("median", () => {
  it("takes the middle value, or the mean of the middle two, whatever the order", () => {
    expect(median([1080, 270, 550])).toBe(550);
    expect(median([73, 68, 78, 71])).toBe(72);
    expect(median([5])).toBe(5);
    expect(median([])).toBeNaN();
  });
});
