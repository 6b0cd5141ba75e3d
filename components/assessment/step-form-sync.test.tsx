// @vitest-environment jsdom
import { act, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useEffect, useState } from "react";
import { describe, expect, it, vi } from "vitest";
import { createAssessmentStore } from "@/lib/storage/assessment-store";
import { setDraftProject } from "@/lib/storage/draft-document";
import { STORAGE_KEY } from "@/lib/storage/envelope";
import type { AssessmentStepId } from "@/lib/storage/steps";
import { QuestionnaireView } from "./questionnaire-view";
import { renderWithAssessment } from "./test-utils";

// Rendering the questionnaire in jsdom is slow on a busy machine; this is no speed test.
vi.setConfig({ testTimeout: 60_000 });

const navigation = vi.hoisted(() => ({ goTo: (_url: string) => {} }));
vi.mock("next/navigation", () => ({
  useRouter: () => ({ push: (url: string) => navigation.goTo(url), replace: vi.fn() }),
}));

/** The questionnaire on one step, moving to another when the view asks the router to. */
function Questionnaire({ first }: { first: AssessmentStepId }) {
  const [step, setStep] = useState<AssessmentStepId>(first);
  useEffect(() => {
    navigation.goTo = (url) => setStep(url.split("/").at(-1) as AssessmentStepId);
  }, []);
  return <QuestionnaireView step={step} />;
}

describe("another tab's save while the user types", () => {
  it("shows the other tab's answer in place: the field being typed in keeps its focus and its text", async () => {
    const user = userEvent.setup({ delay: null });
    const { storage } = renderWithAssessment(<Questionnaire first="profile" />);
    const title = screen.getByLabelText("Projektets titel") as HTMLInputElement;
    await user.type(title, "Chatbot");

    // The other tab reads what this one saved, fills in the organisation and saves.
    const other = createAssessmentStore({ getStorage: () => storage, checkDraft: () => [], tabId: "b" });
    other.getSnapshot();
    other.updateDocument((draft) =>
      setDraftProject(draft, { ...draft.project, organisation: "Faxe Kommune" }, new Date()),
    );
    act(() => window.dispatchEvent(new StorageEvent("storage", { key: STORAGE_KEY })));

    await waitFor(() =>
      expect((screen.getByLabelText(/^Organisation/) as HTMLInputElement).value).toBe("Faxe Kommune"),
    );
    // The same input, not a rebuilt one: still focused, still holding the text.
    expect(screen.getByLabelText("Projektets titel")).toBe(title);
    expect(document.activeElement).toBe(title);
    await user.type(title, " i borgerservice");
    const stored = JSON.parse(storage.getItem(STORAGE_KEY) ?? "{}").document.project;
    expect(stored).toMatchObject({ title: "Chatbot i borgerservice", organisation: "Faxe Kommune" });
  });
});

describe("changing an answer from the review", () => {
  it("opens the question with its field focused and offers the way straight back", async () => {
    const user = userEvent.setup({ delay: null });
    renderWithAssessment(<Questionnaire first="review" />);
    await user.click(await screen.findByRole("link", { name: "Ret: Projektets titel" }));

    const title = await screen.findByLabelText("Projektets titel");
    await waitFor(() => expect(document.activeElement).toBe(title));
    await user.type(title, "Chatbot");
    await user.click(screen.getByRole("button", { name: "Gem og gå tilbage til oversigten" }));
    await screen.findByRole("heading", { level: 1, name: "Gennemgå jeres svar" });
    expect(screen.getByText("Chatbot")).toBeTruthy();
  });

  it("offers no way back on a step reached the ordinary way", async () => {
    renderWithAssessment(<Questionnaire first="profile" />);
    await screen.findByLabelText("Projektets titel");
    expect(screen.queryByRole("button", { name: "Gem og gå tilbage til oversigten" })).toBeNull();
    expect(screen.getByRole("button", { name: "Næste" })).toBeTruthy();
  });
});
