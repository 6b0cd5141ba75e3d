// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from "@testing-library/react";
import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it, vi } from "vitest";
import { renderWithIntl } from "@/components/ui/render-with-intl.test-helper";
import type { AnswersDocument } from "@/lib/schemas/answers";
import { ReportDownload } from "./report-download";

const faxe = JSON.parse(readFileSync("examples/faxe.json", "utf8")) as AnswersDocument;

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** The report button on a page in this language, with the server answering as given. */
async function clickWithAnswer(locale: "da" | "en", answer: Response, button = /PDF/) {
  const fetch = vi.fn(async () => answer);
  vi.stubGlobal("fetch", fetch);
  renderWithIntl(<ReportDownload document={faxe} />, locale);
  fireEvent.click(screen.getByRole("button", { name: button }));
  return { alert: await screen.findByRole("alert"), fetch };
}

describe("ReportDownload, when the server is too busy to make the report", () => {
  it.each([
    [
      "da",
      "Rapporten kunne ikke laves: mange laver rapporter lige nu. Prøv igen om et øjeblik. Jeres svar er uændrede, og I kan prøve igen.",
    ],
    [
      "en",
      "The report could not be made: many people are making reports right now. Try again in a moment. Your answers are unchanged, and you can try again.",
    ],
  ] as const)(
    "says so in the page's language (%s) when a 503 comes without our JSON (a proxy's page)",
    async (locale, text) => {
      const proxyPage = new Response("<html><body>503 Service Unavailable</body></html>", {
        status: 503,
        headers: { "content-type": "text/html", "retry-after": "5" },
      });
      const { alert } = await clickWithAnswer(locale, proxyPage);
      expect(alert.textContent).toBe(text);
      expect(alert.textContent).not.toContain("503");
    },
  );

  it("shows the server's own message for a 503 that carries one", async () => {
    const busy = Response.json(
      {
        error: {
          status: 503,
          code: "reports-busy",
          message: "Many people are making reports right now. Try again in a moment.",
        },
      },
      { status: 503, headers: { "retry-after": "5" } },
    );
    const { alert, fetch } = await clickWithAnswer("en", busy);
    expect(alert.textContent).toBe(
      "The report could not be made: Many people are making reports right now. Try again in a moment. Your answers are unchanged, and you can try again.",
    );
    expect(fetch).toHaveBeenCalledWith("/api/report?lang=en", expect.objectContaining({ method: "POST" }));
  });

  it("still names the status of any other failure without a message", async () => {
    const { alert } = await clickWithAnswer("da", new Response("", { status: 502 }));
    expect(alert.textContent).toContain("serveren svarede med status 502.");
  });
});

describe("ReportDownload, the Word button", () => {
  it("asks for the Word document and says what went wrong in the same words as for the PDF", async () => {
    const busy = new Response("", { status: 503 });
    const { alert, fetch } = await clickWithAnswer("da", busy, /Hent som Word/);
    expect(fetch).toHaveBeenCalledWith(
      "/api/report?lang=da&format=docx",
      expect.objectContaining({ method: "POST" }),
    );
    expect(alert.textContent).toContain("mange laver rapporter lige nu");
  });

  it("is named in English on an English page", () => {
    vi.stubGlobal("fetch", vi.fn());
    renderWithIntl(<ReportDownload document={faxe} />, "en");
    expect(screen.getByRole("button", { name: /Download as Word/ })).toBeTruthy();
  });
});
