// @vitest-environment jsdom
import { fireEvent, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { content } from "@/content";
import messagesDa from "@/content/messages/da/assessment.json";
import messagesEn from "@/content/messages/en/assessment.json";
import { limits } from "@/lib/schemas/answers";
import { createDraftDocument, setDraftProject } from "@/lib/storage/draft-document";
import { STORAGE_KEY } from "@/lib/storage/envelope";
import { saveStoredAssessment } from "@/lib/storage/stored-assessment";
import { QuestionnaireView } from "./questionnaire-view";
import { createTestStore, renderWithAssessment } from "./test-utils";

// Rendering the whole questionnaire in jsdom is slow on a busy machine; this is no speed test.
vi.setConfig({ testTimeout: 30_000 });
vi.mock("next/navigation", () => ({ useRouter: () => ({ push: vi.fn(), replace: vi.fn() }) }));

afterEach(() => {
  window.localStorage.clear();
  vi.restoreAllMocks();
});

const now = new Date("2026-03-01T10:00:00.000Z");

function storedProject() {
  const document = setDraftProject(
    createDraftDocument("da", now, "vejskader-faxe-0001"),
    { title: "Vejskader i Faxe", organisation: "Faxe Kommune", description: "" },
    now,
  );
  const setup = createTestStore({}, content);
  saveStoredAssessment(setup.storage, { step: "review", document }, now);
  return createTestStore({ [STORAGE_KEY]: setup.storage.getItem(STORAGE_KEY) ?? "" }, content);
}

function storedRespondent(setup: ReturnType<typeof createTestStore>) {
  return JSON.parse(setup.storage.getItem(STORAGE_KEY) ?? "{}").document.respondent;
}

describe("»Hvem har svaret?« on the review step", () => {
  it("saves the participant's name and role with the answers, in the answers file", async () => {
    const files: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      files.push(blob);
      return "blob:answers";
    });
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => {});
    const setup = storedProject();
    const texts = messagesDa.respondent;
    renderWithAssessment(<QuestionnaireView step="review" />, { setup });
    expect(screen.getByRole("heading", { level: 2, name: texts.heading })).toBeTruthy();
    fireEvent.change(screen.getByLabelText(texts.name), { target: { value: "Mette Hansen" } });
    fireEvent.change(screen.getByLabelText(texts.role), { target: { value: " jurist " } });
    expect(storedRespondent(setup)).toEqual({ name: "Mette Hansen", role: "jurist" });
    fireEvent.click(screen.getByRole("button", { name: messagesDa.export.button }));
    const saved = JSON.parse((await files[0]?.text()) ?? "{}");
    expect(saved.respondent).toEqual({ name: "Mette Hansen", role: "jurist" });
  });

  it("keeps a too long name in its field with a message in the user's language, and saves nothing", async () => {
    const setup = storedProject();
    const texts = messagesEn.respondent;
    renderWithAssessment(<QuestionnaireView step="review" />, { setup, locale: "en" });
    const long = "M".repeat(limits.respondentLength + 1);
    const field = screen.getByLabelText(texts.name) as HTMLInputElement;
    fireEvent.change(field, { target: { value: long } });
    expect(await screen.findByText(texts.nameTooLong.replace("{max}", String(limits.respondentLength))));
    expect(field.value).toBe(long);
    expect(storedRespondent(setup)).toBeUndefined();
    fireEvent.change(field, { target: { value: "Mette Hansen" } });
    expect(storedRespondent(setup)).toEqual({ name: "Mette Hansen", role: "" });
  });

  it("shows the stored name and role when the page opens", () => {
    const setup = storedProject();
    setup.store.updateDocument((draft) => ({ ...draft, respondent: { name: "Ole Jensen", role: "Data" } }));
    renderWithAssessment(<QuestionnaireView step="review" />, { setup });
    expect((screen.getByLabelText(messagesDa.respondent.name) as HTMLInputElement).value).toBe("Ole Jensen");
    expect((screen.getByLabelText(messagesDa.respondent.role) as HTMLInputElement).value).toBe("Data");
  });
});
