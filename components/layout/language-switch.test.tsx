// @vitest-environment jsdom
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { LanguageSwitch } from "./language-switch";

const navigation = vi.hoisted(() => ({ pathname: "/da", search: "" }));
vi.mock("next/navigation", () => ({
  usePathname: () => navigation.pathname,
  useSearchParams: () => new URLSearchParams(navigation.search),
}));

afterEach(cleanup);
beforeEach(() => {
  navigation.pathname = "/da";
  navigation.search = "";
});

function renderSwitch() {
  render(<LanguageSwitch target="en" targetName="English" hiddenPrefix="Change language to" />);
  return screen.getByRole("link", { name: "Change language to English" });
}

describe("LanguageSwitch", () => {
  it("leads to the same page in the other language", () => {
    navigation.pathname = "/da/cases/atp";
    expect(renderSwitch().getAttribute("href")).toBe("/en/cases/atp");
  });

  it("keeps the catalogue's filters", () => {
    navigation.pathname = "/da/cases";
    navigation.search = "technology=ocr&status=in-operation";
    expect(renderSwitch().getAttribute("href")).toBe("/en/cases?technology=ocr&status=in-operation");
  });

  it("marks the link's language so screen readers pronounce it right", () => {
    const link = renderSwitch();
    expect(link.getAttribute("lang")).toBe("en");
    expect(link.getAttribute("hreflang")).toBe("en");
  });
});
