// @vitest-environment jsdom
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { createDraftDocument } from "@/lib/storage/draft-document";
import { STORAGE_KEY } from "@/lib/storage/envelope";
import { saveStoredAssessment } from "@/lib/storage/stored-assessment";
import { createMemoryStorage } from "@/lib/storage/test-helpers";
import { QuestionnaireView } from "./questionnaire-view";
import { createTestStore, renderWithAssessment } from "./test-utils";

// Rendering the whole questionnaire in jsdom is slow on a busy machine; this is no speed test.
vi.setConfig({ testTimeout: 30_000 });

const push = vi.fn();
vi.mock("next/navigation", () => ({ useRouter: () => ({ push, replace: vi.fn() }) }));

function storedDocument(storage: { getItem(key: string): string | null }) {
  return JSON.parse(storage.getItem(STORAGE_KEY) ?? "null")?.document;
}

describe("branching", () => {
  it("shows a follow-up question only while its condition holds", async () => {
    const user = userEvent.setup({ delay: null });
    renderWithAssessment(<QuestionnaireView step="data-technology" />);
    expect(screen.queryByRole("group", { name: "Er der data nok?" })).toBeNull();

    await user.click(screen.getByRole("radio", { name: "Ja" }));
    expect(screen.getByRole("group", { name: "Er der data nok?" })).toBeTruthy();

    await user.click(screen.getByRole("radio", { name: "Nej" }));
    expect(screen.queryByRole("group", { name: "Er der data nok?" })).toBeNull();
    expect(screen.getByText(/1 spørgsmål i dette trin er skjult/)).toBeTruthy();
  });

  it("keeps the answer to a question that gets hidden, and shows it again", async () => {
    const user = userEvent.setup({ delay: null });
    const { storage } = renderWithAssessment(<QuestionnaireView step="data-technology" />);
    await user.click(screen.getByRole("radio", { name: "Ja" }));
    await user.click(screen.getByRole("radio", { name: "Nok" }));
    await user.click(screen.getByRole("radio", { name: "Nej" }));

    expect(storedDocument(storage).answers["fx-data-volume"]).toEqual({ type: "option", value: "enough" });
    await user.click(screen.getByRole("radio", { name: "Ja" }));
    expect((screen.getByRole("radio", { name: "Nok" }) as HTMLInputElement).checked).toBe(true);
  });
});

describe("autosave", () => {
  it("saves every change in the browser at once, with the step", async () => {
    const user = userEvent.setup({ delay: null });
    const { storage } = renderWithAssessment(<QuestionnaireView step="profile" />);
    await user.type(screen.getByLabelText("Projektets titel"), "Chatbot");
    await user.click(screen.getByRole("radio", { name: "Kommune" }));

    const stored = JSON.parse(storage.getItem(STORAGE_KEY) ?? "{}");
    expect(stored.step).toBe("profile");
    expect(stored.document.project.title).toBe("Chatbot");
    expect(stored.document.answers["organisation-kind"]).toEqual({ type: "option", value: "municipality" });
  });

  it("says a note is not saved until an answer is chosen, and saves it with the answer", async () => {
    const user = userEvent.setup({ delay: null });
    const { storage } = renderWithAssessment(<QuestionnaireView step="data-technology" />);
    await user.click(screen.getAllByText(/^Tilføj note/)[0]!);
    const field = screen.getAllByLabelText("Note til svaret (frivilligt)")[0]!;
    await user.type(field, "Spørg IT");
    const hint = "Noten gemmes først, når I har valgt et svar. Kan I ikke svare endnu, så vælg »Ved ikke«.";
    expect(screen.getByText(hint)).toBeTruthy();
    expect(field.getAttribute("aria-describedby")).toContain(screen.getByText(hint).parentElement!.id);
    expect(storedDocument(storage)?.answers["fx-has-data"]).toBeUndefined();

    await user.click(screen.getByRole("radio", { name: "Ja" }));
    expect(screen.queryByText(hint)).toBeNull();
    expect(storedDocument(storage).answers["fx-has-data"]).toMatchObject({ note: "Spørg IT" });
  });

  it("clears the options when don't know is checked on a multi-choice question", async () => {
    const user = userEvent.setup({ delay: null });
    const { storage } = renderWithAssessment(<QuestionnaireView step="profile-solution" />);
    const group = screen.getByRole("group", { name: "Hvilken AI-teknologi forventer I at bruge?" });
    await user.click(within(group).getByRole("checkbox", { name: /Tekstgenkendelse/ }));
    await user.click(within(group).getByRole("checkbox", { name: "Ved ikke" }));

    expect(storedDocument(storage).answers.technology).toEqual({ type: "dont-know" });
    expect(
      (within(group).getByRole("checkbox", { name: /Tekstgenkendelse/ }) as HTMLInputElement).checked,
    ).toBe(false);
  });
});

describe("validation", () => {
  it("stops on the profile step without a title and leads to the field, in Danish", async () => {
    const user = userEvent.setup({ delay: null });
    push.mockClear();
    renderWithAssessment(<QuestionnaireView step="profile" />);
    await user.click(screen.getByRole("button", { name: "Næste" }));

    const summary = await screen.findByRole("alert");
    expect(within(summary).getByRole("heading", { name: "Der er fejl i formularen" })).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(summary));
    expect(push).not.toHaveBeenCalled();

    await user.click(within(summary).getByRole("link", { name: "Skriv projektets titel" }));
    expect(document.activeElement).toBe(screen.getByLabelText("Projektets titel"));
    expect(screen.getByLabelText("Projektets titel").getAttribute("aria-invalid")).toBe("true");
  });

  it("explains the same error in English on the English pages", async () => {
    const user = userEvent.setup({ delay: null });
    renderWithAssessment(<QuestionnaireView step="profile" />, { locale: "en" });
    await user.click(screen.getByRole("button", { name: "Next" }));

    const summary = await screen.findByRole("alert");
    expect(within(summary).getByRole("heading", { name: "There is a problem with the form" })).toBeTruthy();
    expect(within(summary).getByRole("link", { name: "Enter the project title" })).toBeTruthy();
  });

  it("goes on to the next step once the title is there", async () => {
    const user = userEvent.setup({ delay: null });
    push.mockClear();
    renderWithAssessment(<QuestionnaireView step="profile" />);
    await user.type(screen.getByLabelText("Projektets titel"), "Chatbot");
    await user.click(screen.getByRole("button", { name: "Næste" }));
    // The profile's second page: the solution and its data.
    await waitFor(() => expect(push).toHaveBeenCalledWith("/da/assessment/profile-solution"));
  });

  it("stops on a note with too many line breaks on a later step, and lists it in the error summary", async () => {
    const user = userEvent.setup({ delay: null });
    push.mockClear();
    renderWithAssessment(<QuestionnaireView step="data-technology" />);
    await user.click(screen.getAllByText(/^Tilføj note/)[0]!);
    await user.type(screen.getAllByLabelText("Note til svaret (frivilligt)")[0]!, "a{Enter}".repeat(31));
    await user.click(screen.getByRole("button", { name: "Næste" }));

    const summary = await screen.findByRole("alert");
    expect(within(summary).getByRole("link", { name: "Noten må højst have 30 linjeskift" })).toBeTruthy();
    expect(push).not.toHaveBeenCalled();
  });

  it("lets the user skip questions and go back without validating", async () => {
    const user = userEvent.setup({ delay: null });
    push.mockClear();
    renderWithAssessment(<QuestionnaireView step="data-technology" />);
    await user.click(screen.getByRole("button", { name: "Næste" }));
    await waitFor(() => expect(push).toHaveBeenLastCalledWith("/da/assessment/organisation"));
    await user.click(screen.getByRole("button", { name: "Forrige" }));
    expect(push).toHaveBeenLastCalledWith("/da/assessment/profile-solution");
  });
});

describe("the budget for all notes together", () => {
  it("marks the note that takes the notes of the whole assessment over their budget, and keeps it", async () => {
    const user = userEvent.setup({ delay: null });
    push.mockClear();
    // Notes on other steps that use the whole budget: 20 notes of 1,000 characters and 20 line breaks.
    const note = Array.from({ length: 21 }, () => "x".repeat(46))
      .join("\n")
      .padEnd(1000, "x");
    const answers = Object.fromEntries(
      Array.from({ length: 20 }, (_, index) => [`elsewhere-${index}`, { type: "dont-know" as const, note }]),
    );
    const draft = { ...createDraftDocument("da", new Date("2026-03-01T09:00:00Z")), answers };
    const saved = saveStoredAssessment(
      createMemoryStorage(),
      { step: "data-technology", document: draft },
      new Date("2026-03-01T09:00:00Z"),
    );
    if (!saved.ok) throw new Error("not saved");
    const setup = createTestStore({ [STORAGE_KEY]: saved.raw });
    const { storage } = renderWithAssessment(<QuestionnaireView step="data-technology" />, { setup });
    await user.click(screen.getByRole("radio", { name: "Ja" }));
    await user.click(screen.getAllByText(/^Tilføj note/)[0]!);
    const field = screen.getAllByLabelText("Note til svaret (frivilligt)")[0]!;
    await user.type(field, "Én note mere");
    await user.click(screen.getByRole("button", { name: "Næste" }));

    const summary = await screen.findByRole("alert");
    const message =
      "Alle noter i vurderingen fylder tilsammen 20.012 tegn og 400 linjeskift. Der er plads til 20.000 tegn og 400 linjeskift i alt: forkort denne note eller en anden";
    expect(within(summary).getByRole("link", { name: message })).toBeTruthy();
    expect(field.getAttribute("aria-invalid")).toBe("true");
    expect(push).not.toHaveBeenCalled();
    // Nothing is lost: the note is stored with the rest while the user shortens notes.
    const stored = storedDocument(storage);
    expect(Object.values(stored.answers).filter((answer) => (answer as { note?: string }).note)).toHaveLength(
      21,
    );
  });
});

describe("review", () => {
  it("lists every shown question, marking the unanswered ones, each with a change link", async () => {
    const setup = createTestStore();
    renderWithAssessment(<QuestionnaireView step="review" />, { setup });
    const section = screen.getByRole("region", { name: "Data og teknologi" });
    expect(within(section).getByText("Har I data til løsningen?")).toBeTruthy();
    expect(within(section).getByText("Ikke besvaret")).toBeTruthy();
    expect(within(section).queryByText("Er der data nok?")).toBeNull();
    const change = within(section).getByRole("link", { name: "Ret: Har I data til løsningen?" });
    expect(change.getAttribute("href")).toBe("/da/assessment/data-technology#question-fx-has-data");
  });

  it("will not show the result before the project has a title", async () => {
    const user = userEvent.setup({ delay: null });
    push.mockClear();
    renderWithAssessment(<QuestionnaireView step="review" />);
    await user.click(screen.getByRole("button", { name: "Se resultatet" }));
    const summary = screen.getByRole("alert");
    expect(within(summary).getByRole("link", { name: /Projektet mangler en titel/ })).toBeTruthy();
    expect(push).not.toHaveBeenCalledWith("/da/results");
  });
});

describe("start over", () => {
  it("asks first, and keeps the answers when the user cancels", async () => {
    const user = userEvent.setup({ delay: null });
    const { storage } = renderWithAssessment(<QuestionnaireView step="profile" />);
    await user.type(screen.getByLabelText("Projektets titel"), "Chatbot");
    await user.click(screen.getByRole("button", { name: "Start forfra" }));

    const confirm = screen.getByRole("group", { name: "Vil I slette alle svar og starte forfra?" });
    expect(document.activeElement).toBe(confirm);
    await user.click(within(confirm).getByRole("button", { name: "Nej, fortryd" }));
    expect(storedDocument(storage).project.title).toBe("Chatbot");
  });

  it("deletes the answers once the user confirms", async () => {
    const user = userEvent.setup({ delay: null });
    const { storage } = renderWithAssessment(<QuestionnaireView step="profile" />);
    await user.type(screen.getByLabelText("Projektets titel"), "Chatbot");
    await user.click(screen.getByRole("button", { name: "Start forfra" }));
    await user.click(screen.getByRole("button", { name: "Ja, slet og start forfra" }));

    expect(storage.getItem(STORAGE_KEY)).toBeNull();
    await waitFor(() =>
      expect((screen.getByLabelText("Projektets titel") as HTMLInputElement).value).toBe(""),
    );
  });
});
