import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures/test";
import { caseIds, content, readExample, storeDocument } from "./fixtures/app";

/**
 * The results page leads with the answer (issue 20): for every example, on a desktop and on a
 * phone, the level, the blockers, the first three actions with their owners, the
 * AI Act class, the DPIA indication and the closest case lie within the first screen, before any
 * scrolling, and the report's buttons come after them.
 */
const sizes = [
  { name: "desktop", width: 1280, height: 800 },
  { name: "phone", width: 375, height: 812 },
] as const;

async function expectInFirstScreen(page: Page, locator: Locator, what: string) {
  await expect(locator, what).toBeVisible();
  const box = await locator.boundingBox();
  const viewport = page.viewportSize();
  expect(box, what).not.toBeNull();
  expect(viewport).not.toBeNull();
  // Wholly inside the first screen: from the top of the page, without scrolling.
  expect(box!.y, `${what} starts in the first screen`).toBeGreaterThanOrEqual(0);
  expect(box!.y + box!.height, `${what} ends in the first screen`).toBeLessThanOrEqual(viewport!.height);
  expect(box!.x + box!.width, `${what} fits the width`).toBeLessThanOrEqual(viewport!.width);
}

/**
 * One page load per example, looked at on both screens: the page is resized from the desktop to
 * the phone (the layout follows the viewport, as on a rotated tablet), which shows the same as
 * opening it on each (the two were separate tests, one load each).
 */
for (const caseId of caseIds) {
  test(`shows the answer for the ${caseId} example before any scrolling, on a desktop and on a phone`, async ({
    page,
  }) => {
    await storeDocument(page, readExample(caseId), "review");
    for (const [index, size] of sizes.entries()) {
      await test.step(`on a ${size.name} (${size.width}×${size.height})`, async () => {
        await page.setViewportSize({ width: size.width, height: size.height });
        if (index === 0) await page.goto("/da/results");
        const brief = page.locator("[data-brief]");
        await expect(brief).toBeVisible();
        expect(await page.evaluate(() => window.scrollY)).toBe(0);

        const part = (name: string) => brief.locator(`[data-brief-part="${name}"]`);
        await expectInFirstScreen(page, part("level"), "the level");
        const levels = [...content.readinessLevels.map((level) => level.label.da), "Ikke nok svar endnu"];
        await expect(part("level")).toContainText(new RegExp(levels.join("|")));
        await expectInFirstScreen(page, part("blockers"), "blockers");
        await expectInFirstScreen(page, part("actions"), "the first actions");
        const actions = part("actions").getByRole("listitem");
        await expect(actions).toHaveCount(3);
        for (const action of await actions.all()) await expect(action).toContainText("Ansvarlig:");
        await expectInFirstScreen(page, part("legal"), "the AI Act class and the DPIA indication");
        await expect(part("legal")).toContainText("AI-forordningen");
        await expect(part("legal")).toContainText(/DPIA/);
        await expectInFirstScreen(page, part("case"), "the closest case");
        await expect(part("case").getByRole("link")).toBeVisible();

        // The report's buttons follow the answer.
        const download = page.getByRole("button", { name: "Download rapport (PDF)" });
        const briefBox = await brief.boundingBox();
        const downloadBox = await download.boundingBox();
        expect(downloadBox!.y).toBeGreaterThan(briefBox!.y + briefBox!.height - 1);
      });
    }
  });
}

test("»Vis hele planen« opens the whole plan on the page", async ({ page }) => {
  await storeDocument(page, readExample("naestved"), "review");
  await page.goto("/da/results");
  const more = page
    .locator("[data-brief]")
    .getByRole("link", { name: /^Vis hele planen \(\d+ handlinger\)$/ });
  const count = Number(/\((\d+)/.exec((await more.textContent()) ?? "")?.[1]);
  await more.click();
  const plan = page.locator("#plan");
  await expect(plan.locator("details")).toHaveAttribute("open", "");
  await expect(plan.locator("li")).toHaveCount(count);
});
