import { describe, expect, it } from "vitest";
import { localePath, stripLocale, switchLocalePath } from "./locale-path";

describe("localePath", () => {
  it("puts the language first in every address", () => {
    expect(localePath("da")).toBe("/da");
    expect(localePath("en", "/cases")).toBe("/en/cases");
    expect(localePath("da", "method")).toBe("/da/method");
  });
});

describe("switchLocalePath", () => {
  it("leads to the same page in the other language", () => {
    expect(switchLocalePath("/da/cases/atp", "en")).toBe("/en/cases/atp");
    expect(switchLocalePath("/en/assessment", "da")).toBe("/da/assessment");
  });

  it("switches the front page too", () => {
    expect(switchLocalePath("/da", "en")).toBe("/en");
    expect(switchLocalePath("/", "en")).toBe("/en");
  });

  it("keeps a path that has no language prefix", () => {
    expect(switchLocalePath("/unknown/page", "da")).toBe("/da/unknown/page");
  });
});

describe("stripLocale", () => {
  it("gives the page's path without its language", () => {
    expect(stripLocale("/da/cases/atp")).toBe("/cases/atp");
    expect(stripLocale("/en")).toBe("/");
  });
});
