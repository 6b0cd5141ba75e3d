import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures/test";
import {
  buildEnvelope,
  messages,
  readDownload,
  readExample,
  readStoredValue,
  writeStoredValue,
} from "./fixtures/app";
import { stepHeading, stepTitle } from "./fixtures/questionnaire";

const faxe = readExample("faxe");

const unreadableValues = [
  { name: "a stored value that is not JSON", reason: "not-json", raw: '{"storageVersion":1,"savedAt":' },
  {
    name: "a value saved by a newer version of the app",
    reason: "newer-version",
    raw: JSON.stringify({ ...JSON.parse(buildEnvelope(faxe, "legal")), storageVersion: 99 }),
  },
  {
    name: "a stored document that does not fit the questionnaire",
    reason: "invalid",
    raw: buildEnvelope({ ...faxe, answers: { ...faxe.answers, "no-such-question": { type: "dont-know" } } }),
  },
] as const;

const da = messages.da.assessment.unreadable;

async function expectUnreadableNotice(page: Page, reason: (typeof unreadableValues)[number]["reason"]) {
  const alert = page.getByRole("alert").filter({ hasText: da.heading });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText(da.reason[reason]);
  await expect(alert.getByRole("button", { name: da.download })).toBeVisible();
  await expect(alert.getByRole("button", { name: messages.da.assessment.startOver.button })).toBeVisible();
}

for (const { name, reason, raw } of unreadableValues) {
  test(`${name} is explained, can be downloaded as it is, and stays stored until the user starts over`, async ({
    page,
  }) => {
    await writeStoredValue(page, raw);

    await page.goto("/da/assessment/profile");
    await expectUnreadableNotice(page, reason);
    await page.goto("/da/results");
    await expectUnreadableNotice(page, reason);
    await page.reload();
    await expectUnreadableNotice(page, reason);
    expect(await readStoredValue(page)).toBe(raw);

    const downloadStarted = page.waitForEvent("download");
    await page.getByRole("button", { name: da.download }).click();
    expect(await readDownload(await downloadStarted)).toBe(raw);
    expect(await readStoredValue(page)).toBe(raw);

    // Starting over asks first; saying no keeps the data.
    const startOver = messages.da.assessment.startOver;
    await page.getByRole("button", { name: startOver.button }).click();
    await expect(page.getByText(da.startOverWarning)).toBeVisible();
    await page.getByRole("button", { name: startOver.cancel }).click();
    expect(await readStoredValue(page)).toBe(raw);

    await page.getByRole("button", { name: startOver.button }).click();
    await page.getByRole("button", { name: startOver.confirm }).click();
    await expect(stepHeading(page)).toHaveText(stepTitle("profile", "da"));
    expect(await readStoredValue(page)).not.toBe(raw);
    await expect(page.getByRole("alert").filter({ hasText: da.heading })).toHaveCount(0);
  });
}
