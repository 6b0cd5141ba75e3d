import { expect, test, type Page } from "@playwright/test";
import { messagesByLocale } from "@/i18n/messages";
import { content } from "@/content";
import { STORAGE_KEY } from "@/lib/storage/envelope";

/**
 * Two pages in one browser context share localStorage, like two tabs of one browser. Both open
 * the same assessment; they must never overwrite each other's answers without the user choosing.
 */
const texts = messagesByLocale.da.assessment;
const conflict = texts.tabConflict;

/** The profile question on the kind of organisation, and two of its options. */
const question = content.questions.find((entry) => entry.id === "organisation-kind")?.text.da ?? "";
const kinds = content.vocabulary.find((attribute) => attribute.id === "organisation-kind")?.values ?? [];
const labelOf = (id: string) => kinds.find((value) => value.id === id)?.label.da ?? id;
const inTabA = labelOf("municipality");
const inTabB = labelOf("region");

function choice(page: Page, label: string) {
  return page
    .getByRole("group", { name: question, exact: true })
    .getByRole("radio", { name: label, exact: true });
}

async function storedAnswer(page: Page): Promise<string | undefined> {
  const raw = await page.evaluate((key) => window.localStorage.getItem(key), STORAGE_KEY);
  return raw ? JSON.parse(raw).document.answers["organisation-kind"]?.value : undefined;
}

function conflictAlert(page: Page) {
  return page.getByRole("alert").filter({ hasText: conflict.heading.changed });
}

test("a tab whose answer was changed in another tab is warned, and neither answer is lost until the user chooses", async ({
  context,
}) => {
  const tabA = await context.newPage();
  const tabB = await context.newPage();
  await tabA.goto("/da/assessment/profile");
  await tabB.goto("/da/assessment/profile");

  await choice(tabA, inTabA).check();
  // Tab B has no changes of its own yet, so it simply shows tab A's answer.
  await expect(choice(tabB, inTabA)).toBeChecked();
  await expect(conflictAlert(tabB)).toHaveCount(0);

  await choice(tabB, inTabB).check();
  await expect(conflictAlert(tabA)).toBeVisible();
  await expect(conflictAlert(tabA).getByRole("heading", { name: conflict.heading.changed })).toBeVisible();
  // Both answers still exist: tab A's on its page, tab B's in storage (and on its page).
  await expect(choice(tabA, inTabA)).toBeChecked();
  await expect(choice(tabB, inTabB)).toBeChecked();
  expect(await storedAnswer(tabA)).toBe("region");
  await expect(tabA.getByText(texts.tools.conflictNotSaved)).toBeVisible();
  await expect(conflictAlert(tabB)).toHaveCount(0);

  // Tab A keeps its answer: it asks first, then overwrites, and tab B is warned in turn.
  await conflictAlert(tabA).getByRole("button", { name: conflict.keep }).click();
  const confirm = tabA.getByRole("group", { name: conflict.confirmHeading.changed });
  await expect(confirm).toBeFocused();
  expect(await storedAnswer(tabA)).toBe("region");
  await confirm.getByRole("button", { name: conflict.confirm }).click();
  await expect(conflictAlert(tabA)).toHaveCount(0);
  expect(await storedAnswer(tabA)).toBe("municipality");

  await expect(conflictAlert(tabB)).toBeVisible();
  await expect(choice(tabB, inTabB)).toBeChecked();

  // Tab B takes tab A's answers instead: its own answer goes, as the alert said it would.
  await expect(tabB.getByText(conflict.loadHint.changed)).toBeVisible();
  await conflictAlert(tabB).getByRole("button", { name: conflict.load.changed }).click();
  await expect(conflictAlert(tabB)).toHaveCount(0);
  await expect(choice(tabB, inTabA)).toBeChecked();
  await expect(tabB.getByRole("heading", { level: 1 })).toBeFocused();
  expect(await storedAnswer(tabB)).toBe("municipality");
});

test("a tab that starts again from the other tab's answers saves normally afterwards", async ({
  context,
}) => {
  const tabA = await context.newPage();
  const tabB = await context.newPage();
  await tabA.goto("/da/assessment/profile");
  await tabB.goto("/da/assessment/profile");
  await choice(tabA, inTabA).check();
  await expect(choice(tabB, inTabA)).toBeChecked();
  await choice(tabB, inTabB).check();
  await conflictAlert(tabA).getByRole("button", { name: conflict.load.changed }).click();
  await expect(choice(tabA, inTabB)).toBeChecked();

  await tabA.getByLabel(texts.project.title).fill("Vejskader");
  await expect
    .poll(() => tabA.evaluate((key) => localStorage.getItem(key), STORAGE_KEY))
    .toContain("Vejskader");
  // Tab B changed nothing since tab A's last answer, so it follows without a warning.
  await expect(tabB.getByLabel(texts.project.title)).toHaveValue("Vejskader");
  await expect(conflictAlert(tabB)).toHaveCount(0);
});

/**
 * Issue 23, L4: two tabs type at the same moment (one the title, the other the organisation).
 * Adopting the other tab's save used to rebuild the form, so the field being typed in lost its
 * focus and, now and then, its text, with no warning. Run with --repeat-each to see a race.
 */
test("two tabs typing at the same moment keep both edits, or warn", async ({ context }) => {
  const tabA = await context.newPage();
  const tabB = await context.newPage();
  await tabA.goto("/da/assessment/profile");
  await tabB.goto("/da/assessment/profile");
  const titleA = tabA.getByLabel(texts.project.title);
  const organisationB = tabB.getByLabel(texts.project.organisation);
  await expect(titleA).toBeEditable();
  await expect(organisationB).toBeEditable();

  await Promise.all([titleA.fill("Titel fra fane A"), organisationB.fill("Organisation fra fane B")]);

  // Wait until the tabs have settled: both edits stored, or a tab warned about the other's.
  const settled = async () => {
    const raw = await tabA.evaluate((key) => window.localStorage.getItem(key), STORAGE_KEY);
    const project = raw ? JSON.parse(raw).document.project : {};
    const bothStored =
      project.title === "Titel fra fane A" && project.organisation === "Organisation fra fane B";
    const warned = (await conflictAlert(tabA).count()) + (await conflictAlert(tabB).count()) > 0;
    return bothStored ? "both stored" : warned ? "warned" : "neither";
  };
  await expect.poll(settled, { timeout: 5_000 }).not.toBe("neither");
  // Give a late storage event the chance to undo anything, then check again.
  await tabA.waitForTimeout(300);
  expect(await settled()).not.toBe("neither");

  // Each tab still shows what its own user typed, in the field they typed it in.
  await expect(titleA).toHaveValue("Titel fra fane A");
  await expect(organisationB).toHaveValue("Organisation fra fane B");
  await expect(titleA).toBeFocused();
  await expect(organisationB).toBeFocused();
  if ((await settled()) === "both stored") {
    // With nothing to decide, each tab shows the other's answer too.
    await expect(tabA.getByLabel(texts.project.organisation)).toHaveValue("Organisation fra fane B");
    await expect(tabB.getByLabel(texts.project.title)).toHaveValue("Titel fra fane A");
  }
});
