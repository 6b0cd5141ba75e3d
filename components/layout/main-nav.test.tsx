// @vitest-environment jsdom
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { MainNav } from "./main-nav";

const navigation = vi.hoisted(() => ({ pathname: "/da" }));
vi.mock("next/navigation", () => ({ usePathname: () => navigation.pathname }));

afterEach(cleanup);

const items = [
  { path: "/assessment", href: "/da/assessment", label: "Vurdering" },
  { path: "/cases", href: "/da/cases", label: "Cases" },
  { path: "/method", href: "/da/method", label: "Metode" },
];

describe("MainNav", () => {
  it("is a labelled navigation landmark", () => {
    render(<MainNav items={items} label="Hovedmenu" />);
    expect(screen.getByRole("navigation", { name: "Hovedmenu" })).toBeTruthy();
  });

  it("tells screen readers which page is the current one", () => {
    navigation.pathname = "/da/cases";
    render(<MainNav items={items} label="Hovedmenu" />);
    expect(screen.getByRole("link", { name: "Cases" }).getAttribute("aria-current")).toBe("page");
    expect(screen.getByRole("link", { name: "Metode" }).getAttribute("aria-current")).toBeNull();
  });

  it("marks the catalogue as the current section on a single case's page", () => {
    navigation.pathname = "/en/cases/faxe";
    render(<MainNav items={items} label="Main menu" />);
    expect(screen.getByRole("link", { name: "Cases" }).getAttribute("aria-current")).toBe("true");
  });
});
