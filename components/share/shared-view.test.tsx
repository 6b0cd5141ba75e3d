// @vitest-environment jsdom
import { screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { content } from "@/content";
import { readFileSync } from "node:fs";
import results from "@/content/messages/da/results.json";
import share from "@/content/messages/da/share.json";
import businessCaseSummary from "@/content/messages/da/business-case-summary.json";
import type { AnswersDocument } from "@/lib/schemas/answers";
import { createTestStore, renderWithAssessment } from "@/components/assessment/test-utils";
import { encodeShareFragment } from "@/lib/share/share-link";
import { SharedView } from "./shared-view";

const faxe = JSON.parse(readFileSync("examples/faxe.json", "utf8")) as AnswersDocument;

// Rendering the whole report in jsdom is slow on a busy machine; this is no speed test.
vi.setConfig({ testTimeout: 30_000 });

afterEach(() => {
  window.location.hash = "";
});

describe("the shared link's view", () => {
  it("offers reading, the report downloads and »Gem i denne browser«, and nothing that edits the answers", async () => {
    window.location.hash = `#${encodeShareFragment(faxe)}`;
    renderWithAssessment(<SharedView />, { page: "shared", setup: createTestStore({}, content) });
    const messages = { results, share, businessCaseSummary };
    expect(
      await screen.findByRole("heading", { level: 1, name: faxe.project.title }, { timeout: 10_000 }),
    ).toBeTruthy();
    // The last section of the report is in: every link the report has is on the page.
    expect(
      await screen.findByText(messages.businessCaseSummary.noneReadOnly, {}, { timeout: 20_000 }),
    ).toBeTruthy();
    expect(screen.getByRole("button", { name: messages.results.download.button })).toBeTruthy();
    expect(screen.getByRole("button", { name: messages.results.download.buttonWord })).toBeTruthy();
    expect(screen.getByRole("button", { name: messages.share.save })).toBeTruthy();
    expect(screen.queryByRole("link", { name: messages.results.actions.changeAnswers })).toBeNull();
    const hrefs = screen.getAllByRole("link").map((link) => link.getAttribute("href") ?? "");
    expect(hrefs.filter((href) => /\/(assessment|business-case|team|compare|portfolio)/.test(href))).toEqual(
      [],
    );
    expect(hrefs.some((href) => href.startsWith("/da/cases/"))).toBe(true);
  });
});
