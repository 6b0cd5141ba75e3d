// @vitest-environment jsdom
import { screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { content } from "@/content";
import { createDraftDocument, setDraftAnswer, setDraftProject } from "@/lib/storage/draft-document";
import { STORAGE_KEY } from "@/lib/storage/envelope";
import { saveStoredAssessment } from "@/lib/storage/stored-assessment";

// Rendering the whole report in jsdom is slow on a busy machine; this is no speed test.
vi.setConfig({ testTimeout: 30_000 });
vi.mock("next/navigation", () => ({ useRouter: () => ({ push: vi.fn(), replace: vi.fn() }) }));

const now = new Date("2026-03-01T10:00:00.000Z");

let unmount = () => {};

/** A fresh page load: the modules (and what they remember of this page view) start over. */
async function loadPage() {
  vi.resetModules();
  // The same copy of Testing Library as test-utils below, to unmount what it rendered.
  const { cleanup } = await import("@testing-library/react");
  unmount = cleanup;
  const utils = await import("@/components/assessment/test-utils");
  const { ResultsContent } = await import("./results-content");
  let document = setDraftProject(
    createDraftDocument("da", now),
    { title: "Vejskader i Faxe", organisation: "Faxe Kommune", description: "" },
    now,
  );
  document = setDraftAnswer(document, "personal-data", { type: "option", value: "none" }, now);
  const draft = utils.createTestStore({}, content);
  saveStoredAssessment(draft.storage, { step: "review", document }, now);
  const setup = utils.createTestStore({ [STORAGE_KEY]: draft.storage.getItem(STORAGE_KEY) ?? "" }, content);
  return { render: () => utils.renderWithAssessment(<ResultsContent />, { page: "results", setup }) };
}

/** The headings of the report's sections on the page right now. */
function sectionHeadings(): string[] {
  return [...document.querySelectorAll("[data-results-page] section h2")].map((h) => h.textContent ?? "");
}

/** Calls `check` after every change to the page, until `stop` is called. */
function afterEachChange(check: () => void) {
  const observer = new MutationObserver(check);
  observer.observe(document.body, { childList: true, subtree: true });
  return () => observer.disconnect();
}

beforeEach(() => window.localStorage.clear());
afterEach(() => unmount());

describe("the report after a page load", () => {
  it("draws the answer in its first view and every section in one view after it", async () => {
    const { render } = await loadPage();
    const states: string[][] = [];
    let briefFirst = false;
    const stop = afterEachChange(() => {
      const headings = sectionHeadings();
      if (states.length === 0 && document.querySelector("[data-brief]")) briefFirst = true;
      if (headings.length > 0 && headings.join() !== states.at(-1)?.join()) states.push(headings);
    });
    render();
    // Patient: the whole report in jsdom takes many seconds when the machine is busy (not a speed test).
    await screen.findByText(/^Beregnet med model /, {}, { timeout: 25_000 });
    stop();

    // The answer (level, blockers, first actions, legal indication, closest case) comes first ...
    expect(briefFirst).toBe(true);
    expect(states[0]).toContain("Resultatet kort");
    // ... and the rest of the report in one go after it, not section by section.
    const whole = states.at(-1) ?? [];
    for (const heading of ["Samlet parathed", "Juridisk screening", "Projekter, der ligner jeres"]) {
      expect(whole).toContain(heading);
    }
    expect(states.length).toBeLessThanOrEqual(2);
  });

  it("puts every section on the page, unfolded, when the user prints at once", async () => {
    const { render } = await loadPage();
    let printed: { headings: string[]; folded: number } | null = null;
    const stop = afterEachChange(() => {
      // At once: as soon as the answer is on the page, before the rest of the report is drawn.
      if (printed || !document.querySelector("[data-brief]")) return;
      window.dispatchEvent(new Event("beforeprint"));
      printed = {
        headings: sectionHeadings(),
        folded: document.querySelectorAll("[data-results-page] details:not([open])").length,
      };
    });
    render();
    await screen.findByRole("navigation", { name: "På denne side" }, { timeout: 10_000 });
    stop();

    expect(printed).not.toBeNull();
    expect(printed!.headings).toContain("Juridisk screening");
    expect(printed!.headings).toContain("Projekter, der ligner jeres");
    expect(printed!.folded).toBe(0);
  });
});
