// @vitest-environment jsdom
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { QuestionnaireView } from "./questionnaire-view";
import { renderWithAssessment } from "./test-utils";

vi.mock("next/navigation", () => ({ useRouter: () => ({ push: vi.fn(), replace: vi.fn() }) }));

// Rendering the whole questionnaire in jsdom is slow on a busy machine; this is no speed test.
vi.setConfig({ testTimeout: 30_000 });

function captureDownloads() {
  const files: { name: string; blob: Blob }[] = [];
  let lastBlob: Blob | null = null;
  URL.createObjectURL = vi.fn((blob: Blob) => {
    lastBlob = blob;
    return "blob:answers";
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
    if (lastBlob) files.push({ name: this.download, blob: lastBlob });
  });
  return files;
}

describe("saving the answers as a file", () => {
  it("downloads the answers document, named after the project and the day", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date(2026, 2, 1, 12, 0));
    const files = captureDownloads();
    const user = userEvent.setup({ delay: null });
    renderWithAssessment(<QuestionnaireView step="profile" />);
    await user.type(screen.getByLabelText("Projektets titel"), "Støtte på nattevagt");
    await user.click(screen.getByRole("radio", { name: "Kommune" }));
    await user.click(screen.getByRole("button", { name: "Gem svarene som fil" }));
    vi.useRealTimers();

    expect(files).toHaveLength(1);
    expect(files[0]?.name).toBe("ai-parathed-stoette-paa-nattevagt-2026-03-01.json");
    const saved = JSON.parse((await files[0]?.blob.text()) ?? "{}");
    expect(saved.schemaVersion).toBe(3);
    expect(saved.projectId).toMatch(/^[0-9a-f-]{36}$/);
    expect(saved.project.title).toBe("Støtte på nattevagt");
    expect(saved.answers["organisation-kind"]).toEqual({ type: "option", value: "municipality" });
  });

  it("asks for the title first, because a file without one cannot be loaded again", async () => {
    const files = captureDownloads();
    const user = userEvent.setup({ delay: null });
    renderWithAssessment(<QuestionnaireView step="data-technology" />);
    await user.click(screen.getByRole("button", { name: "Gem svarene som fil" }));

    expect(files).toHaveLength(0);
    expect(screen.getByText("Skriv projektets titel, før I gemmer svarene som fil.")).toBeTruthy();
  });
});
