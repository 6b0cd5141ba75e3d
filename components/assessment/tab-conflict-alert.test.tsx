// @vitest-environment jsdom
import { act, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { setDraftAnswer, type DraftDocument } from "@/lib/storage/draft-document";
import { STORAGE_KEY } from "@/lib/storage/envelope";
import { saveStoredAssessment, type KeyValueStorage } from "@/lib/storage/stored-assessment";
import { QuestionnaireView } from "./questionnaire-view";
import { renderWithAssessment } from "./test-utils";

// Rendering the questionnaire in jsdom is slow on a busy machine; this is no speed test.
vi.setConfig({ testTimeout: 30_000 });
vi.mock("next/navigation", () => ({ useRouter: () => ({ push: vi.fn(), replace: vi.fn() }) }));

function storedAnswer(storage: KeyValueStorage): unknown {
  return JSON.parse(storage.getItem(STORAGE_KEY) ?? "{}").document?.answers["fx-has-data"];
}

/** Another tab answers "no" and saves; the browser then tells this tab with a storage event. */
function answerNoInAnotherTab(storage: KeyValueStorage) {
  const document: DraftDocument = JSON.parse(storage.getItem(STORAGE_KEY) ?? "{}").document;
  const changed = setDraftAnswer(document, "fx-has-data", { type: "option", value: "no" }, new Date());
  saveStoredAssessment(
    storage,
    { step: "data-technology", document: changed, revision: "other-tab.1" },
    new Date(),
  );
  act(() => window.dispatchEvent(new StorageEvent("storage", { key: STORAGE_KEY })));
}

function isChecked(name: string): boolean {
  return (screen.getByRole("radio", { name }) as HTMLInputElement).checked;
}

describe("answers changed in another tab", () => {
  it("warns in Danish, stops saving and keeps both answers until the user chooses", async () => {
    const user = userEvent.setup({ delay: null });
    const { storage } = renderWithAssessment(<QuestionnaireView step="data-technology" />);
    await user.click(screen.getByRole("radio", { name: "Ja" }));
    answerNoInAnotherTab(storage);

    const alert = screen.getByRole("alert");
    expect(within(alert).getByRole("heading").textContent).toBe(
      "Svarene er ændret i en anden fane eller et andet vindue",
    );
    expect(isChecked("Ja")).toBe(true);
    expect(storedAnswer(storage)).toEqual({ type: "option", value: "no" });

    await user.click(screen.getByRole("radio", { name: "Nok" }));
    expect(storedAnswer(storage)).toEqual({ type: "option", value: "no" });
    expect(screen.getByText(/Jeres ændringer i denne fane er ikke gemt/)).toBeTruthy();
  });

  it("shows the other tab's answers when the user chooses them, and says this tab's changes go", async () => {
    const user = userEvent.setup({ delay: null });
    const { storage } = renderWithAssessment(<QuestionnaireView step="data-technology" />);
    await user.click(screen.getByRole("radio", { name: "Ja" }));
    answerNoInAnotherTab(storage);

    const load = screen.getByRole("button", { name: "Brug svarene fra den anden fane" });
    expect(load.getAttribute("aria-describedby")).toBe("tab-conflict-load-hint");
    expect(document.getElementById("tab-conflict-load-hint")?.textContent).toMatch(/går tabt/);
    await user.click(load);

    expect(screen.queryByRole("alert")).toBeNull();
    expect(isChecked("Nej")).toBe(true);
    expect(storedAnswer(storage)).toEqual({ type: "option", value: "no" });
  });

  it("overwrites the other tab's answers only after the user confirms, in English too", async () => {
    const user = userEvent.setup({ delay: null });
    const { storage } = renderWithAssessment(<QuestionnaireView step="data-technology" />, { locale: "en" });
    await user.click(screen.getByRole("radio", { name: "Yes" }));
    answerNoInAnotherTab(storage);
    expect(within(screen.getByRole("alert")).getByRole("heading").textContent).toBe(
      "The answers were changed in another tab or window",
    );

    await user.click(screen.getByRole("button", { name: "Keep the answers in this tab" }));
    const confirm = screen.getByRole("group", { name: "Overwrite the answers from the other tab?" });
    await user.click(within(confirm).getByRole("button", { name: "No, go back" }));
    expect(storedAnswer(storage)).toEqual({ type: "option", value: "no" });

    await user.click(screen.getByRole("button", { name: "Keep the answers in this tab" }));
    await user.click(screen.getByRole("button", { name: "Yes, keep the answers in this tab" }));
    expect(storedAnswer(storage)).toEqual({ type: "option", value: "yes" });
    expect(screen.queryByRole("alert")).toBeNull();
    expect(isChecked("Yes")).toBe(true);
  });
});
