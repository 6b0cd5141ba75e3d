import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures/test";
import { messages, readExample, readStoredValue, storeDocument, type Locale } from "./fixtures/app";
import { readPdf } from "@/components/pdf/read-pdf";
import { buildReportModel } from "@/lib/report/build-report-model";
import { assessProject } from "@/lib/engine/assess-project";
import { content } from "@/content";

const faxe = readExample("faxe");

/**
 * The stored answers once the results page has settled them: it records a summary of the result
 * with the answers (for "what changed" later) just after it shows them. Read before that, the
 * stored value changes under the test (CI failed on it) though the user changed nothing.
 */
async function readSettledStoredValue(page: Page): Promise<string | null> {
  await expect.poll(async () => (await readStoredValue(page)) ?? "").toContain('"lastResult"');
  return readStoredValue(page);
}
const result = assessProject(faxe, content);

for (const locale of ["da", "en"] as const satisfies readonly Locale[]) {
  const texts = messages[locale].results;

  test(`a user on the results page (${locale}) downloads the PDF report in the page's language`, async ({
    page,
  }) => {
    await storeDocument(page, faxe, "review");
    await page.goto(`/${locale}/results`);
    await expect(page.getByRole("heading", { level: 1, name: faxe.project.title })).toBeVisible();
    await expect(page.getByText(texts.download.note)).toBeVisible();

    const downloadStarted = page.waitForEvent("download");
    await page.getByRole("button", { name: texts.download.button }).click();
    const download = await downloadStarted;

    const today = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Copenhagen" }).format(new Date());
    expect(download.suggestedFilename()).toMatch(new RegExp(`^ai-parathed-.+-${today}\\.pdf$`));
    const path = await download.path();
    const bytes = readFileSync(path);
    expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");

    const pdf = await readPdf(new Uint8Array(bytes));
    expect(pdf.info.Title).toContain(faxe.project.title);
    expect(pdf.pages[0]).toContain(faxe.project.title);
    // The overall score and level of this assessment, in the report's own language.
    const { summary } = buildReportModel(faxe, result, content, locale);
    expect(pdf.pages[1]).toContain(summary.overallText);
    expect(pdf.pages[1]).toContain(summary.levelLabel);
    expect(pdf.text).toContain(locale === "da" ? "Side 2 af" : "Page 2 of");
    expect(pdf.text).not.toContain(locale === "da" ? "Page 2 of" : "Side 2 af");

    // Nothing the user entered was touched by the download.
    expect(JSON.parse((await readStoredValue(page)) ?? "null")).toMatchObject({
      document: { project: faxe.project },
    });
  });
}

test("when the report cannot be made, the user is told why in their language and keeps every answer", async ({
  page,
}) => {
  await storeDocument(page, faxe, "review");
  await page.route("**/api/report**", (route) =>
    route.fulfill({
      status: 503,
      contentType: "application/json",
      body: JSON.stringify({ error: { status: 503, code: "unavailable", message: "Prøv igen om lidt." } }),
    }),
  );
  await page.goto("/da/results");
  await expect(page.getByRole("heading", { level: 1, name: faxe.project.title })).toBeVisible();
  const stored = await readSettledStoredValue(page);
  await page.getByRole("button", { name: messages.da.results.download.button }).click();
  const problem = page.getByRole("alert").filter({ hasText: "Rapporten kunne ikke laves" });
  await expect(problem).toContainText(
    "Rapporten kunne ikke laves: Prøv igen om lidt. Jeres svar er uændrede",
  );
  expect(await readStoredValue(page)).toBe(stored);

  // The server is back: the same button now gives the report.
  await page.unroute("**/api/report**");
  const downloadStarted = page.waitForEvent("download");
  await page.getByRole("button", { name: messages.da.results.download.button }).click();
  expect((await downloadStarted).suggestedFilename()).toMatch(/\.pdf$/);
  await expect(problem).toHaveCount(0);
});

for (const locale of ["da", "en"] as const satisfies readonly Locale[]) {
  test(`when many are making reports (503), the user (${locale}) is told to try again in a moment and keeps every answer`, async ({
    page,
  }) => {
    await storeDocument(page, { ...faxe, language: locale }, "review");
    // First our server's own answer to a full queue, then a proxy's page in front of busy copies.
    const answers = [
      {
        status: 503,
        headers: { "Retry-After": "5" },
        contentType: "application/json",
        body: JSON.stringify({
          error: {
            status: 503,
            code: "reports-busy",
            message:
              locale === "da"
                ? "Mange laver rapporter lige nu. Prøv igen om et øjeblik."
                : "Many people are making reports right now. Try again in a moment.",
          },
        }),
      },
      { status: 503, contentType: "text/html", body: "<html><body>503 Service Unavailable</body></html>" },
    ];
    let served = 0;
    await page.route("**/api/report**", (route) => route.fulfill(answers[served++] ?? answers[1]));
    await page.goto(`/${locale}/results`);
    await expect(page.getByRole("heading", { level: 1, name: faxe.project.title })).toBeVisible();
    const stored = await readSettledStoredValue(page);
    const button = page.getByRole("button", { name: messages[locale].results.download.button });
    const busy =
      locale === "da" ? /mange laver rapporter lige nu/i : /many people are making reports right now/i;
    const kept = locale === "da" ? "Jeres svar er uændrede" : "Your answers are unchanged";

    for (const attempt of [1, 2]) {
      await button.click();
      await expect.poll(() => served).toBe(attempt);
      const alert = page.getByRole("alert").filter({ hasText: busy });
      await expect(alert).toBeVisible();
      await expect(alert).toContainText(kept);
      await expect(alert).not.toContainText("503");
      expect(await readStoredValue(page)).toBe(stored);
    }
    await expect(page.getByRole("heading", { level: 1, name: faxe.project.title })).toBeVisible();
  });
}
