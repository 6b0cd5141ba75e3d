// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { NextIntlClientProvider } from "next-intl";
import { afterEach, describe, expect, it, vi } from "vitest";
import { pickClientMessages } from "@/i18n/messages";
import { pickClientQuestionnaireContent, pickClientResultsContent } from "@/i18n/content";
import { mainContentId } from "@/components/layout/skip-link";
import { ResultsContent } from "@/components/results/results-content";
import { BrowserAssessmentProvider } from "./browser-assessment-provider";
import { QuestionnaireView } from "./questionnaire-view";

vi.mock("next/navigation", () => ({ useRouter: () => ({ push: vi.fn(), replace: vi.fn() }) }));

const resultsContent = pickClientResultsContent("da");

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  window.localStorage.clear();
});

function renderResultsPage(url: string) {
  return render(
    <NextIntlClientProvider
      locale="da"
      messages={pickClientMessages("da", "results")}
      timeZone="Europe/Copenhagen"
    >
      <main id={mainContentId} tabIndex={-1}>
        <BrowserAssessmentProvider contentUrl={url}>
          <ResultsContent />
        </BrowserAssessmentProvider>
      </main>
    </NextIntlClientProvider>,
  );
}

function serve(body: unknown) {
  return Promise.resolve(new Response(JSON.stringify(body), { status: 200 }));
}

describe("BrowserAssessmentProvider", () => {
  it("shows the page as loading until its content file has arrived, then the page", async () => {
    let arrive: (response: Response) => void = () => {};
    const fetchMock = vi.fn(() => new Promise<Response>((resolve) => (arrive = resolve)));
    vi.stubGlobal("fetch", fetchMock);
    renderResultsPage("/api/content/results/da/first");
    expect(screen.getByRole("status").textContent).toContain("Beregner resultatet");
    expect(screen.queryByRole("heading", { level: 1 })).toBeNull();
    expect(fetchMock).toHaveBeenCalledWith("/api/content/results/da/first", { credentials: "same-origin" });
    arrive(new Response(JSON.stringify(resultsContent)));
    await screen.findByRole("heading", { level: 1, name: "Resultat af vurderingen" });
    expect(screen.getByRole("link", { name: "Start vurderingen" })).toBeTruthy();
  });

  it("shows a page at once when an earlier page has loaded the same file, without asking again", async () => {
    const fetchMock = vi.fn(() => serve(resultsContent));
    vi.stubGlobal("fetch", fetchMock);
    const first = renderResultsPage("/api/content/results/da/shared");
    await screen.findByRole("heading", { level: 1, name: "Resultat af vurderingen" });
    first.unmount();
    renderResultsPage("/api/content/results/da/shared");
    expect(screen.getByRole("heading", { level: 1, name: "Resultat af vurderingen" })).toBeTruthy();
    expect(screen.queryByRole("status")).toBeNull();
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it("says so when the content cannot be loaded, and loads it when asked to try again", async () => {
    const fetchMock = vi
      .fn<() => Promise<Response>>()
      .mockRejectedValueOnce(new TypeError("Failed to fetch"))
      .mockImplementation(() => serve(resultsContent));
    vi.stubGlobal("fetch", fetchMock);
    renderResultsPage("/api/content/results/da/offline");
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Indholdet kunne ikke hentes");
    expect(alert.textContent).toContain("Jeres svar er gemt i browseren og går ikke tabt.");
    const retry = screen.getByRole("button", { name: "Prøv igen" });
    retry.focus();
    fireEvent.click(retry);
    expect(document.activeElement, "focus is not lost with the button").toBe(screen.getByRole("main"));
    await screen.findByRole("heading", { level: 1, name: "Resultat af vurderingen" });
    expect(screen.queryByRole("alert")).toBeNull();
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it("does not take an error page for the content", async () => {
    vi.stubGlobal("fetch", () =>
      Promise.resolve(new Response("<!DOCTYPE html><p>Bad gateway</p>", { status: 200 })),
    );
    renderResultsPage("/api/content/results/da/proxy-page");
    expect((await screen.findByRole("alert")).textContent).toContain("Indholdet kunne ikke hentes");
  });

  it("shows a questionnaire step's heading and introduction before the questions have arrived", async () => {
    const questionnaireContent = pickClientQuestionnaireContent("da");
    let arrive: (response: Response) => void = () => {};
    vi.stubGlobal("fetch", () => new Promise<Response>((resolve) => (arrive = resolve)));
    const { prerequisites, advice } = questionnaireContent;
    render(
      <NextIntlClientProvider
        locale="da"
        messages={pickClientMessages("da", "questionnaire")}
        timeZone="Europe/Copenhagen"
      >
        <BrowserAssessmentProvider
          contentUrl="/api/content/questionnaire/da/first"
          sections={{ prerequisites, advice }}
        >
          <QuestionnaireView step="data-technology" />
        </BrowserAssessmentProvider>
      </NextIntlClientProvider>,
    );
    screen.getByRole("heading", { level: 1, name: "Data og teknologi" });
    expect(screen.getByRole("navigation").textContent).toContain("Juridiske overvejelser");
    expect(screen.getByRole("status").textContent).toContain("Henter jeres svar");
    expect(screen.queryByRole("radio")).toBeNull();
    arrive(new Response(JSON.stringify(questionnaireContent)));
    expect((await screen.findAllByRole("radio", {}, { timeout: 10_000 })).length).toBeGreaterThan(4);
  });
});
