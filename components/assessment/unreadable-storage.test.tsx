// @vitest-environment jsdom
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { STORAGE_KEY } from "@/lib/storage/envelope";
import { QuestionnaireView } from "./questionnaire-view";
import { createTestStore, renderWithAssessment } from "./test-utils";

// Rendering the whole questionnaire in jsdom is slow on a busy machine; this is no speed test.
vi.setConfig({ testTimeout: 30_000 });

vi.mock("next/navigation", () => ({ useRouter: () => ({ push: vi.fn(), replace: vi.fn() }) }));

describe("stored answers that cannot be read", () => {
  it("are explained and kept, not silently thrown away", () => {
    const setup = createTestStore({ [STORAGE_KEY]: "{beskadiget" });
    renderWithAssessment(<QuestionnaireView step="profile" />, { setup });

    expect(
      screen.getByRole("heading", { name: "Vi kan ikke læse de svar, der er gemt i browseren" }),
    ).toBeTruthy();
    expect(screen.getByText("De gemte data er beskadigede.")).toBeTruthy();
    expect(screen.queryByLabelText("Projektets titel")).toBeNull();
    expect(setup.storage.getItem(STORAGE_KEY)).toBe("{beskadiget");
  });

  it("can be downloaded as they are", async () => {
    const user = userEvent.setup({ delay: null });
    const setup = createTestStore({ [STORAGE_KEY]: "{beskadiget" });
    const createObjectURL = vi.fn((blob: Blob) => {
      void blob;
      return "blob:saved";
    });
    URL.createObjectURL = createObjectURL;
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => {});
    renderWithAssessment(<QuestionnaireView step="profile" />, { setup });

    await user.click(screen.getByRole("button", { name: "Hent de gemte data" }));
    expect(click).toHaveBeenCalled();
    const blob = createObjectURL.mock.calls[0]?.[0];
    expect(await blob?.text()).toBe("{beskadiget");
  });

  it("give way to a fresh start once the user confirms", async () => {
    const user = userEvent.setup({ delay: null });
    const setup = createTestStore({ [STORAGE_KEY]: JSON.stringify({ storageVersion: 99 }) });
    renderWithAssessment(<QuestionnaireView step="profile" />, { setup });
    expect(screen.getByText(/nyere version af AI-parathed/)).toBeTruthy();

    await user.click(screen.getByRole("button", { name: "Start forfra" }));
    const confirm = screen.getByRole("group", { name: "Vil I slette alle svar og starte forfra?" });
    expect(within(confirm).getByText(/Hent dem som fil først/)).toBeTruthy();
    await user.click(within(confirm).getByRole("button", { name: "Ja, slet og start forfra" }));

    expect(setup.storage.getItem(STORAGE_KEY)).toBeNull();
    expect(screen.getByLabelText("Projektets titel")).toBeTruthy();
  });
});
