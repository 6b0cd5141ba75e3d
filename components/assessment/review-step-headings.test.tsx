// @vitest-environment jsdom
import { screen } from "@testing-library/react";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { content } from "@/content";
import { STORAGE_KEY } from "@/lib/storage/envelope";
import { QuestionnaireView } from "./questionnaire-view";
import { createTestStore, renderWithAssessment } from "./test-utils";

// Rendering the whole questionnaire in jsdom is slow on a busy machine; this is no speed test.
vi.setConfig({ testTimeout: 30_000 });
vi.mock("next/navigation", () => ({ useRouter: () => ({ push: vi.fn(), replace: vi.fn() }) }));

afterEach(() => window.localStorage.clear());

const faxe = readFileSync(join(__dirname, "../../lib/storage/fixtures/storage-v2-faxe.json"), "utf8");

describe("the review step's sections", () => {
  it("each have a heading of their own: no id twice, each section named by its own heading", () => {
    const setup = createTestStore({ [STORAGE_KEY]: faxe }, content);
    const { container } = renderWithAssessment(<QuestionnaireView step="review" />, { setup });

    const ids = [...container.querySelectorAll("[id]")].map((element) => element.id);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);

    const sections = [...container.querySelectorAll("section")].filter((section) =>
      section.getAttribute("aria-labelledby")?.startsWith("review-"),
    );
    // The project's own fields, the profile's two pages, five prerequisites, three pieces of advice.
    expect(sections).toHaveLength(11);
    for (const section of sections) {
      expect(section.querySelector("h2")?.id).toBe(section.getAttribute("aria-labelledby"));
    }
    // The sections of the profile's pages can be found by their names.
    expect(screen.getByRole("region", { name: "Projektet" })).toBeTruthy();
    expect(screen.getByRole("region", { name: "Projekt og profil" })).toBeTruthy();
    expect(screen.getByRole("region", { name: "Løsningen og data" })).toBeTruthy();
  });
});
