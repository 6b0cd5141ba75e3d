import { join } from "node:path";
import { expect, test } from "./fixtures/test";
import {
  messages,
  readDownload,
  readExample,
  readStoredEnvelope,
  readStoredValue,
  storeDocument,
  type Locale,
} from "./fixtures/app";
import { expectAnswerShown, stepHeading, stepTitle } from "./fixtures/questionnaire";

const faxe = readExample("faxe");
const files = join(__dirname, "fixtures/files");

test("answers exported to a file come back in full when that file is imported after starting over", async ({
  page,
}) => {
  const da = messages.da.assessment;
  await storeDocument(page, faxe, "organisation");
  await page.goto("/da/assessment/organisation");
  await expect(stepHeading(page)).toHaveText(stepTitle("organisation", "da"));
  const before = await readStoredEnvelope(page);

  const downloadStarted = page.waitForEvent("download");
  await page.getByRole("button", { name: da.export.button }).click();
  const download = await downloadStarted;
  expect(download.suggestedFilename()).toMatch(/\.json$/);
  const exported = JSON.parse(await readDownload(download));
  expect(exported.project).toEqual(faxe.project);
  expect(exported.answers).toEqual(faxe.answers);

  await page.getByRole("button", { name: da.startOver.button }).click();
  await page.getByRole("button", { name: da.startOver.confirm }).click();
  await expect(stepHeading(page)).toHaveText(stepTitle("profile", "da"));
  await expect(page.getByLabel(da.project.title)).toHaveValue("");
  const cleared = await readStoredValue(page);
  expect(
    cleared === null ? {} : JSON.parse(cleared).document.answers,
    "no answers left after starting over",
  ).toEqual({});

  await page.getByLabel(da.import.label).setInputFiles(await download.path());
  await expect(page.getByRole("heading", { name: da.import.doneHeading })).toBeVisible();
  await expect(page.getByLabel(da.project.title)).toHaveValue(faxe.project.title);
  await expectAnswerShown(page, "domain", { type: "option", value: "infrastructure" }, "da");

  const after = await readStoredEnvelope(page);
  expect(after.document.project).toEqual(before.document.project);
  expect(after.document.answers).toEqual(before.document.answers);
});

const badFiles = [
  { name: "a file that is not JSON", file: "not-json.json", reason: "not-json" },
  { name: "JSON of the wrong shape", file: "wrong-shape.json", reason: "invalid" },
  { name: "a file of a newer schemaVersion", file: "newer-version.json", reason: "newer-version" },
] as const;

/** What the list of problems says about the wrong-shape file's missing field, in each language. */
const missingFieldText = { da: "updatedAt mangler", en: "updatedAt is missing" } as const;

for (const locale of ["da", "en"] as const satisfies readonly Locale[]) {
  for (const { name, file, reason } of badFiles) {
    test(`importing ${name} is refused with a message in ${locale === "da" ? "Danish" : "English"} and changes nothing`, async ({
      page,
    }) => {
      const texts = messages[locale].assessment.import;
      await storeDocument(page, { ...faxe, language: locale }, "legal");
      await page.goto(`/${locale}/assessment/legal`);
      await expect(stepHeading(page)).toHaveText(stepTitle("legal", locale));
      const before = await readStoredValue(page);

      await page.getByLabel(texts.label).setInputFiles(join(files, file));

      const alert = page.getByRole("alert").filter({ hasText: texts.failedHeading });
      await expect(alert).toBeVisible();
      await expect(alert).toContainText(texts.reason[reason]);
      await expect(alert).toContainText(texts.nothingChanged);
      if (reason === "invalid") await expect(alert).toContainText(missingFieldText[locale]);
      await expect(page.getByRole("button", { name: texts.confirm })).toHaveCount(0);
      expect(await readStoredValue(page)).toBe(before);
      await expectAnswerShown(
        page,
        "legal-ai-act-classified",
        { type: "option", value: "in-progress" },
        locale,
      );
    });
  }
}
