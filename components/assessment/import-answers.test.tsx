// @vitest-environment jsdom
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { STORAGE_KEY } from "@/lib/storage/envelope";
import { QuestionnaireView } from "./questionnaire-view";
import { renderWithAssessment } from "./test-utils";

// Rendering the whole questionnaire in jsdom is slow on a busy machine; this is no speed test.
vi.setConfig({ testTimeout: 30_000 });

vi.mock("next/navigation", () => ({ useRouter: () => ({ push: vi.fn(), replace: vi.fn() }) }));

const goodDocument = {
  schemaVersion: 1,
  language: "da",
  project: { title: "Sensorer på plejecenter", organisation: "Næstved Kommune", description: "" },
  answers: { "organisation-kind": { type: "option", value: "municipality" } },
  createdAt: "2026-02-01T09:00:00.000Z",
  updatedAt: "2026-02-01T09:00:00.000Z",
};

function jsonFile(content: string, name = "svar.json") {
  return new File([content], name, { type: "application/json" });
}

async function startWithTitle(locale: "da" | "en" = "da") {
  const user = userEvent.setup({ delay: null });
  const rendered = renderWithAssessment(<QuestionnaireView step="profile" />, { locale });
  await user.type(
    screen.getByLabelText(locale === "da" ? "Projektets titel" : "Project title"),
    "Min chatbot",
  );
  return { user, ...rendered };
}

describe("importing answers from a file", () => {
  it("explains a file that is not JSON and changes nothing", async () => {
    const { user, storage } = await startWithTitle();
    const before = storage.getItem(STORAGE_KEY);
    await user.upload(screen.getByLabelText("Hent svar fra en fil"), jsonFile("{ikke json"));

    const alert = await screen.findByRole("alert");
    expect(within(alert).getByText("Filen kunne ikke indlæses")).toBeTruthy();
    expect(within(alert).getByText(/ikke en fil med svar fra AI-parathed/)).toBeTruthy();
    expect(within(alert).getByText("Jeres nuværende svar er ikke ændret.")).toBeTruthy();
    expect(storage.getItem(STORAGE_KEY)).toBe(before);
    expect((screen.getByLabelText("Projektets titel") as HTMLInputElement).value).toBe("Min chatbot");
  });

  it("refuses a file saved as Latin-1 instead of turning æ, ø and å into �, and changes nothing", async () => {
    const { user, storage } = await startWithTitle();
    const before = storage.getItem(STORAGE_KEY);
    const text = JSON.stringify({
      ...goodDocument,
      project: { ...goodDocument.project, title: "Ærø Kommune" },
    });
    const latin1 = Uint8Array.from(Array.from(text, (char) => char.charCodeAt(0)));
    await user.upload(screen.getByLabelText("Hent svar fra en fil"), new File([latin1], "svar.json"));

    const alert = await screen.findByRole("alert");
    expect(within(alert).getByText(/ikke gemt i tegnsættet UTF-8/)).toBeTruthy();
    expect(storage.getItem(STORAGE_KEY)).toBe(before);
    expect(screen.queryByText(/�/)).toBeNull();
  });

  it("lists what is wrong with a document that does not fit the questionnaire", async () => {
    const { user, storage } = await startWithTitle();
    const before = storage.getItem(STORAGE_KEY);
    const unknownOption = {
      ...goodDocument,
      answers: { "organisation-kind": { type: "option", value: "ministry" } },
    };
    await user.upload(screen.getByLabelText("Hent svar fra en fil"), jsonFile(JSON.stringify(unknownOption)));

    const alert = await screen.findByRole("alert");
    expect(within(alert).getByText("answers.organisation-kind")).toBeTruthy();
    expect(within(alert).getByText(/ukendt svarmulighed "ministry"/)).toBeTruthy();
    expect(storage.getItem(STORAGE_KEY)).toBe(before);
  });

  it("refuses a file from a newer version, in English on the English pages", async () => {
    const { user, storage } = await startWithTitle("en");
    const before = storage.getItem(STORAGE_KEY);
    await user.upload(
      screen.getByLabelText("Load answers from a file"),
      jsonFile(JSON.stringify({ ...goodDocument, schemaVersion: 7 })),
    );

    const alert = await screen.findByRole("alert");
    expect(within(alert).getByText(/saved by a newer version of AI-parathed/)).toBeTruthy();
    expect(within(alert).getByText("Your current answers have not been changed.")).toBeTruthy();
    expect(storage.getItem(STORAGE_KEY)).toBe(before);
  });

  it("asks before replacing answers, and keeps them when the user says no", async () => {
    const { user, storage } = await startWithTitle();
    await user.upload(screen.getByLabelText("Hent svar fra en fil"), jsonFile(JSON.stringify(goodDocument)));
    const confirm = await screen.findByRole("group", {
      name: /erstatte jeres svar med svarene fra »Sensorer på plejecenter«/,
    });
    await user.click(within(confirm).getByRole("button", { name: "Nej, behold mine svar" }));
    expect(JSON.parse(storage.getItem(STORAGE_KEY) ?? "{}").document.project.title).toBe("Min chatbot");
  });

  it("replaces the answers with a good file once the user confirms", async () => {
    const { user, storage } = await startWithTitle();
    await user.upload(screen.getByLabelText("Hent svar fra en fil"), jsonFile(JSON.stringify(goodDocument)));
    await user.click(await screen.findByRole("button", { name: "Ja, erstat mine svar" }));

    expect(await screen.findByText("Svarene er hentet")).toBeTruthy();
    expect(JSON.parse(storage.getItem(STORAGE_KEY) ?? "{}").document.project.title).toBe(
      "Sensorer på plejecenter",
    );
    expect((screen.getByLabelText("Projektets titel") as HTMLInputElement).value).toBe(
      "Sensorer på plejecenter",
    );
    expect((screen.getByRole("radio", { name: "Kommune" }) as HTMLInputElement).checked).toBe(true);
  });
});
