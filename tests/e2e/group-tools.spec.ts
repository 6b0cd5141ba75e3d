import { readPdf } from "@/components/pdf/read-pdf";
import { expect, test } from "./fixtures/test";
import { content, messages, readStoredEnvelope, storeDocument } from "./fixtures/app";
import { earlierFaxeFile, portfolioFiles, teamFiles } from "./fixtures/group-files";
import { encodeShareFragment } from "@/lib/share/share-link";
import { MODEL_VERSION } from "@/lib/engine/model-version";

const questionText = (id: string) => content.questions.find((question) => question.id === id)?.text.da ?? id;

test("a project group merges three files with two disagreements into one consensus, which the report lists", async ({
  page,
}) => {
  const texts = messages.da.team;
  const { files, questions, faxe } = teamFiles();
  await page.goto("/da/team");
  await page.getByLabel(texts.files.label).setInputFiles(files);

  await expect(page.getByRole("heading", { level: 2, name: "I er uenige om 2 spørgsmål" })).toBeVisible();
  const [first, second] = questions;
  const firstSection = page.locator(`#disagreement-${first}`);
  await expect(firstSection.getByRole("heading", { name: questionText(first) })).toBeVisible();
  await expect(firstSection.getByText("Ida Holm (Jurist)").first()).toBeVisible();
  await expect(page.locator(`#disagreement-${second}`).getByText("Vi mangler svar fra IT.")).toBeVisible();

  // The group has settled only one question: the consensus waits for the other.
  await firstSection.getByRole("radio").first().check();
  await page.getByRole("button", { name: texts.makeConsensus }).click();
  await expect(page.getByRole("alert").filter({ hasText: texts.unsettledHeading })).toContainText(
    questionText(second),
  );

  await page.locator(`#disagreement-${second}`).getByRole("radio", { name: texts.dontKnow }).check();
  await page.getByRole("button", { name: texts.makeConsensus }).click();
  await expect(page.getByText(texts.readyHeading)).toBeVisible();
  await page.getByRole("button", { name: texts.save }).click();
  await expect(page.getByText(texts.savedHeading)).toBeVisible();

  const { document } = await readStoredEnvelope(page);
  expect(document.projectId).toBe(faxe.projectId);
  expect(document.answers[second]).toMatchObject({ type: "dont-know" });
  const response = await page.request.post("/api/report?lang=da", { data: document });
  expect(response.status()).toBe(200);
  const pdf = await readPdf(new Uint8Array(await response.body()));
  expect(pdf.text).toContain("Projektgruppens uenigheder");
  expect(pdf.text).toContain("Deltagere: Ole Jensen (Projektleder), Ida Holm (Jurist), Sara Berg (Data).");
  expect(pdf.text).toContain("Gruppens svar: Ved ikke");
});

test("the team page refuses a file of another project and names it", async ({ page }) => {
  const texts = messages.da.team;
  const { files } = teamFiles();
  const [firstFile] = files;
  if (!firstFile) throw new Error("no file");
  const other = JSON.parse(firstFile.buffer.toString());
  other.projectId = "another-project-0001";
  await page.goto("/da/team");
  await page
    .getByLabel(texts.files.label)
    .setInputFiles([
      firstFile,
      { ...firstFile, name: "andet.json", buffer: Buffer.from(JSON.stringify(other)) },
    ]);
  await expect(page.getByRole("alert").filter({ hasText: texts.failedHeading })).toContainText(
    "»andet.json«",
  );
});

test("comparing an earlier file of the project shows the changed scores, actions done and changed answers", async ({
  page,
}) => {
  const texts = messages.da.compare;
  const { faxe, file } = earlierFaxeFile();
  await storeDocument(page, faxe, "review");
  await page.goto("/da/compare");
  await page.getByLabel(texts.files.label).setInputFiles(file);
  await expect(page.getByRole("heading", { name: texts.summaryHeading })).toBeVisible();
  await expect(page.getByRole("heading", { name: "3 svar er ændret" })).toBeVisible();
  await expect(page.getByRole("heading", { name: texts.actionsHeading })).toBeVisible();
  await expect(page.getByText(texts.actionsIntro)).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: /\+\d/ }).first()).toBeVisible();

  // The report from the compare page has the same comparison as a section of its own.
  await expect(page.getByRole("heading", { name: texts.reportButtons })).toBeVisible();
  const downloadStarted = page.waitForEvent("download");
  await page.getByRole("button", { name: messages.da.results.download.button }).click();
  const path = await (await downloadStarted).path();
  const { readFileSync } = await import("node:fs");
  const pdf = await readPdf(new Uint8Array(readFileSync(path)));
  expect(pdf.text).toContain(texts.reportHeading);
  expect(pdf.text).toContain("3 svar er ændret");
});

test("a participant writes name and role before saving the file, and the team page shows them over that file's answers", async ({
  page,
}) => {
  const texts = messages.da.assessment;
  const { files, faxe } = teamFiles();
  await storeDocument(page, { ...faxe, respondent: undefined }, "review");
  await page.goto("/da/assessment/review");
  await page.getByLabel(texts.respondent.name).fill("Mette Hansen");
  await page.getByLabel(texts.respondent.role).fill("jurist");
  const downloadStarted = page.waitForEvent("download");
  await page.getByRole("button", { name: texts.export.button }).click();
  const path = await (await downloadStarted).path();
  const { readFileSync } = await import("node:fs");
  const exported = readFileSync(path);
  expect(JSON.parse(exported.toString()).respondent).toEqual({ name: "Mette Hansen", role: "jurist" });

  await page.goto("/da/team");
  await page
    .getByLabel(messages.da.team.files.label)
    .setInputFiles([{ name: "mette.json", mimeType: "application/json", buffer: exported }, files[1]!]);
  await expect(page.getByText("Mette Hansen (jurist)").first()).toBeVisible();
});

test("a document last computed under an older content version gets a note of what changed", async ({
  page,
}) => {
  const texts = messages.da.compare;
  const { faxe } = earlierFaxeFile();
  const old = {
    ...faxe,
    lastResult: {
      modelVersion: MODEL_VERSION,
      contentVersion: "2026.06.1",
      computedAt: "2026-06-01T09:00:00.000Z",
      level: "not-ready",
      overall: 12,
      scores: {},
      blockerIds: [],
    },
  };
  await storeDocument(page, old, "review");
  await page.goto("/da/results");
  const note = page.getByRole("heading", { name: texts.versionHeading });
  await expect(note).toBeVisible();
  await expect(page.getByText(texts.versionWhyContent)).toBeVisible();
  await expect(page.getByText(/Samlet score: 12 før, \d+ nu\./)).toBeVisible();
  await page.getByRole("button", { name: texts.versionAcknowledge }).click();
  await expect(note).toBeHidden();
  const { document } = await readStoredEnvelope(page);
  expect(document.lastResult?.contentVersion).toBe(content.version);
});

test("200 projects load into the portfolio, a broken file is listed, and the table exports as CSV", async ({
  page,
}) => {
  const texts = messages.da.portfolio;
  const { files, brokenName } = portfolioFiles(200);
  await page.goto("/da/portfolio");
  await page.getByLabel(texts.files.label).setInputFiles(files);
  await expect(page.getByRole("status").filter({ hasText: "200 projekter indlæst" })).toBeVisible();
  await expect(page.getByText(brokenName)).toBeVisible();
  await expect(page.getByRole("table").locator("tbody tr")).toHaveCount(200);

  await page.getByLabel(texts.filter.text).fill("vejskader 17");
  await expect(page.getByRole("table").locator("tbody tr")).toHaveCount(1);
  await page.getByLabel(texts.filter.text).fill("");

  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: texts.csv }).click();
  const path = await (await download).path();
  const { readFileSync } = await import("node:fs");
  const csv = readFileSync(path, "utf8");
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  expect(csv.split("\r\n")[0]).toContain("Projekt;Organisation;Niveau;Samlet score;");
  expect(csv.trimEnd().split("\r\n")).toHaveLength(201);
  expect(csv).toContain("Næstved Kommune");
});

test("opening a shared link shows the assessment without any request carrying the answers", async ({
  page,
}) => {
  const texts = messages.da.share;
  const { faxe } = earlierFaxeFile();
  const marker = "Markør-7f3a9c i en note";
  const [questionId] = Object.keys(faxe.answers);
  if (!questionId) throw new Error("no answers");
  const document = {
    ...faxe,
    answers: { ...faxe.answers, [questionId]: { ...faxe.answers[questionId]!, note: marker } },
  };
  const sent: string[] = [];
  page.on("request", (request) => {
    sent.push(`${request.url()} ${request.postData() ?? ""}`);
  });
  await page.goto(`/da/shared#${encodeShareFragment(document)}`);
  await expect(page.getByText(texts.readOnlyHeading)).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: faxe.project.title })).toBeVisible();
  // Read-only: the report and its downloads, no way to edit the link's answers before they are saved.
  await expect(page.getByRole("button", { name: messages.da.results.download.button })).toBeVisible();
  await expect(page.getByRole("link", { name: messages.da.results.actions.changeAnswers })).toHaveCount(0);
  await expect(page.locator('main a[href*="/assessment"]')).toHaveCount(0);
  await page.getByRole("button", { name: texts.save }).click();
  await expect(page.getByText(texts.savedHeading)).toBeVisible();
  const { document: saved } = await readStoredEnvelope(page);
  expect(saved.answers[questionId]?.note).toBe(marker);
  const encodedMarker = encodeURIComponent(marker);
  const fragment = encodeShareFragment(document).slice(3, 60);
  expect(
    sent.filter(
      (entry) => entry.includes(marker) || entry.includes(encodedMarker) || entry.includes(fragment),
    ),
  ).toEqual([]);
  expect(sent.length).toBeGreaterThan(0);
});

test("a cut-off shared link says so and changes nothing", async ({ page }) => {
  const texts = messages.da.share;
  const { faxe } = earlierFaxeFile();
  const fragment = encodeShareFragment(faxe);
  await page.goto(`/da/shared#${fragment.slice(0, fragment.length - 40)}`);
  await expect(page.getByRole("alert").filter({ hasText: texts.failedHeading })).toContainText(
    texts.reason.damaged,
  );
  expect(await page.evaluate(() => window.localStorage.length)).toBe(0);
});
