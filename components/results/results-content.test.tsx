// @vitest-environment jsdom
import { screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { content } from "@/content";
import faxe from "@/examples/faxe.json";
import { createDraftDocument, setDraftAnswer, setDraftProject } from "@/lib/storage/draft-document";
import { STORAGE_KEY } from "@/lib/storage/envelope";
import { saveStoredAssessment } from "@/lib/storage/stored-assessment";
import { createTestStore, renderWithAssessment } from "@/components/assessment/test-utils";
import { ResultsContent } from "./results-content";

// Rendering the whole questionnaire in jsdom is slow on a busy machine; this is no speed test.
vi.setConfig({ testTimeout: 30_000 });

vi.mock("next/navigation", () => ({ useRouter: () => ({ push: vi.fn(), replace: vi.fn() }) }));

const now = new Date("2026-03-01T10:00:00.000Z");

function storeWith(title: string) {
  let document = setDraftProject(
    createDraftDocument("da", now),
    { title, organisation: "Faxe Kommune", description: "" },
    now,
  );
  document = setDraftAnswer(document, "personal-data", { type: "option", value: "none" }, now);
  document = setDraftAnswer(document, "dt-data-access", { type: "dont-know" }, now);
  const setup = createTestStore({}, content);
  saveStoredAssessment(setup.storage, { step: "review", document }, now);
  return createTestStore({ [STORAGE_KEY]: setup.storage.getItem(STORAGE_KEY) ?? "" }, content);
}

/** The results page's content over this store, with the results page's UI texts. */
function renderResults(setup: ReturnType<typeof createTestStore>) {
  return renderWithAssessment(<ResultsContent />, { page: "results", setup });
}

/** A part of the report after the first screen (the report loads its presentation builder first). */
function findLaterSection(role: "table" | "region", name: string) {
  return screen.findByRole(role, { name }, { timeout: 10_000 });
}

describe("the results page", () => {
  it("says there is no assessment yet and links to the start", () => {
    renderResults(createTestStore({}, content));
    expect(screen.getByText(/Der er ingen besvarelse gemt i denne browser/)).toBeTruthy();
    expect(screen.getByRole("link", { name: "Start vurderingen" }).getAttribute("href")).toBe(
      "/da/assessment",
    );
  });

  it("asks for the project title before it shows a result", () => {
    renderResults(storeWith("  "));
    expect(screen.getByText(/Projektet mangler en titel/)).toBeTruthy();
    expect(screen.getByRole("link", { name: "Skriv projektets titel" }).getAttribute("href")).toBe(
      "/da/assessment/profile",
    );
  });

  it("says which answers it cannot use, and the notes' shared limit, when the notes are too long together", () => {
    let document = setDraftProject(
      createDraftDocument("da", now),
      { title: "Vejskader", organisation: "Faxe Kommune", description: "" },
      now,
    );
    // 21 notes of 1,000 characters: each within its own limit, together over the 20,000.
    const options = Object.entries(faxe.answers).filter(([, answer]) => answer.type === "option");
    for (const [id, answer] of options.slice(0, 21)) {
      const value = (answer as { value: string }).value;
      document = setDraftAnswer(document, id, { type: "option", value, note: "x".repeat(1_000) }, now);
    }
    const setup = createTestStore({}, content);
    saveStoredAssessment(setup.storage, { step: "review", document }, now);
    renderResults(createTestStore({ [STORAGE_KEY]: setup.storage.getItem(STORAGE_KEY) ?? "" }, content));
    expect(screen.getByText("Nogle af svarene kan ikke bruges, som de står:")).toBeTruthy();
    expect(screen.getByText(/21\.000 tegn/)).toBeTruthy();
    expect(screen.getByRole("link", { name: "Gennemgå svarene" }).getAttribute("href")).toBe(
      "/da/assessment/review",
    );
  });

  it("shows »not enough answers yet« instead of a level, and where a score is missing", async () => {
    renderResults(storeWith("Vejskader i Faxe"));
    expect(
      await screen.findByRole("heading", { level: 1, name: "Vejskader i Faxe" }, { timeout: 10_000 }),
    ).toBeTruthy();
    const readiness = await findLaterSection("region", "Samlet parathed");
    // Too few answers to judge: no level is given, and none of the levels is marked as theirs.
    expect(within(readiness).getByText("Ikke nok svar endnu")).toBeTruthy();
    expect(within(readiness).queryByRole("listitem", { current: true })).toBeNull();
    expect(within(readiness).getByText(/for få svar til en samlet score og et niveau/)).toBeTruthy();

    const table = await findLaterSection("table", "Scorer for de fem forudsætninger");
    // The five prerequisites and, as in the report, the overall row.
    expect(within(table).getAllByText("Ikke nok svar")).toHaveLength(6);
    // Each chart is drawn for wide and for narrow screens; CSS shows one (jsdom applies no CSS).
    expect(screen.getAllByRole("img", { name: /Radardiagram/ }).length).toBeGreaterThan(0);
    expect(screen.getAllByRole("img", { name: /Søjlediagram/ }).length).toBeGreaterThan(0);
  });

  it("names each section in the page's contents as the section's heading names it", async () => {
    renderResults(storeWith("Vejskader i Faxe"));
    const contents = await screen.findByRole("navigation", { name: "På denne side" }, { timeout: 10_000 });
    const links = within(contents).getAllByRole("link");
    expect(links).toHaveLength(7);
    await findLaterSection("region", "Projekter, der ligner jeres");
    for (const link of links) {
      const section = document.getElementById(link.getAttribute("href")?.slice(1) ?? "");
      expect(section?.querySelector("h2")?.textContent).toBe(link.textContent);
    }
  });

  it("shows the legal triage as an indication, not legal advice", async () => {
    renderResults(storeWith("Vejskader i Faxe"));
    const legal = await findLaterSection("region", "Juridisk screening");
    expect(within(legal).getByText(/vejledende og ikke juridisk rådgivning/)).toBeTruthy();
    expect(within(legal).getByRole("table", { name: "Hjemmel pr. fase" })).toBeTruthy();
    // The DPIA outcome always says why: here, because no personal data is processed.
    expect(
      within(legal).getByText(/I har svaret, at løsningen ikke behandler personoplysninger/),
    ).toBeTruthy();
    expect(within(legal).queryByText(/Intet tegn på/)).toBeNull();
  });

  it("lists the three most similar cases, each linking to its page", async () => {
    renderResults(storeWith("Vejskader i Faxe"));
    const cases = await findLaterSection("region", "Projekter, der ligner jeres");
    const links = within(cases)
      .getAllByRole("link")
      .filter((link) => link.getAttribute("href")?.startsWith("/da/cases/"));
    expect(links).toHaveLength(3);
    expect(within(cases).getAllByText(/^Lighed: \d+ %$/)).toHaveLength(3);
  });

  it("explains each prerequisite's score answer by answer", async () => {
    renderResults(storeWith("Vejskader i Faxe"));
    const table = await findLaterSection("table", "Svarenes bidrag til scoren for Data og teknologi");
    const row = within(table).getByRole("row", { name: /Har I adgang til de data/ });
    expect(within(row).getByText("Ved ikke")).toBeTruthy();
  });
});
