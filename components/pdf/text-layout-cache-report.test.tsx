import { Document, Font, Page, Text, View, pdf } from "@react-pdf/renderer";
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { content } from "@/content";
import { assessProject } from "@/lib/engine/assess-project";
import { buildWorstValidDocument } from "@/lib/report/report-test-documents";
import type { AnswersDocument } from "@/lib/schemas/answers";
import type { Locale } from "@/lib/schemas/common";
import { FONT_FAMILY } from "./fonts";
import { renderReport, textLayoutCache } from "./render-report";

const generatedAt = new Date("2026-11-28T10:00:00Z");
const example = (name: string) =>
  JSON.parse(readFileSync(path.join(process.cwd(), "examples", name), "utf8")) as AnswersDocument;

const normalise = (pdfText: string) =>
  pdfText.replace(/\(D:\d{14}Z\)/g, "(D:…)").replace(/\/ID \[<[0-9a-f]+> <[0-9a-f]+>\]/, "/ID […]");

/** The report's bytes but for what differs between any two renderings: its creation time and file ID. */
async function render(doc: AnswersDocument, locale: Locale): Promise<string> {
  const pdf = await renderReport(doc, assessProject(doc, content), content, locale, { generatedAt });
  return normalise(pdf.toString("latin1"));
}

/** react-pdf's text layout goes through the font store's `layoutText` (our patch of @react-pdf/layout). */
const fontStore = Font as typeof Font & { layoutText?: unknown };
const cachedLayout = fontStore.layoutText;

async function renderWithoutCache(doc: AnswersDocument, locale: Locale): Promise<string> {
  delete fontStore.layoutText;
  try {
    return await render(doc, locale);
  } finally {
    fontStore.layoutText = cachedLayout;
  }
}

afterEach(() => {
  fontStore.layoutText = cachedLayout;
});

describe("reports with the text layout cache", { timeout: 300_000 }, () => {
  it("is installed in react-pdf's font store", () => {
    expect(cachedLayout).toBe(textLayoutCache.layoutText);
  });

  it("lay the same text out apart in every width and style it comes in", async () => {
    const sentence =
      "Organisationen har en ejer af projektet, der kan træffe beslutninger om data, drift og økonomi.";
    const page = (
      <Document>
        <Page size="A4" style={{ fontFamily: FONT_FAMILY, fontSize: 10, padding: 40 }}>
          {[120, 240, 400].map((width) => (
            <View key={width} style={{ width, marginBottom: 6 }}>
              <Text>{sentence}</Text>
              <Text style={{ fontWeight: 600 }}>{sentence}</Text>
              <Text style={{ fontSize: 12, lineHeight: 1.6 }}>{sentence}</Text>
              <Text style={{ letterSpacing: 0.5, textAlign: "justify" }}>{sentence}</Text>
              <Text style={{ textAlign: "center", color: "#0059b3" }}>{sentence}</Text>
              <Text style={{ fontStyle: "italic" }}>
                {sentence.slice(0, 40)}
                <Text style={{ fontWeight: 700 }}>{sentence.slice(40)}</Text>
              </Text>
            </View>
          ))}
        </Page>
      </Document>
    );
    const renderPage = async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of await pdf(page).toBuffer()) chunks.push(Buffer.from(chunk));
      return normalise(Buffer.concat(chunks).toString("latin1"));
    };
    textLayoutCache.clear();
    const before = textLayoutCache.statistics();
    const laidOutAnew = await renderPage();
    const fromCache = await renderPage();
    delete fontStore.layoutText;
    const withoutCache = await renderPage();
    fontStore.layoutText = cachedLayout;

    expect(laidOutAnew === withoutCache, "laid out anew").toBe(true);
    expect(fromCache === withoutCache, "from the cache").toBe(true);
    const after = textLayoutCache.statistics();
    // The counts since the cache was emptied: other test files in this thread used it before.
    expect({ misses: after.misses - before.misses, hits: after.hits - before.hits }).toEqual({
      misses: 18,
      hits: 18,
    });
  });

  const documents: { name: string; doc: AnswersDocument; locale: Locale }[] = [
    { name: "Faxe, Danish", doc: example("faxe.json"), locale: "da" },
    { name: "Region Hovedstaden, English", doc: example("region-hovedstaden.json"), locale: "en" },
    { name: "the heaviest valid document", doc: buildWorstValidDocument("da"), locale: "da" },
  ];
  for (const { name, doc, locale } of documents) {
    it(`${name}: come out byte for byte as without it, laid out anew and from the cache`, async () => {
      textLayoutCache.clear();
      const laidOutAnew = await render(doc, locale);
      const before = textLayoutCache.statistics();
      const fromCache = await render(doc, locale);
      const after = textLayoutCache.statistics();
      const withoutCache = await renderWithoutCache(doc, locale);

      expect(after.hits - before.hits).toBeGreaterThan(100);
      expect(after.misses).toBe(before.misses);
      expect(laidOutAnew === withoutCache, "laid out anew").toBe(true);
      expect(fromCache === withoutCache, "from the cache").toBe(true);
    });
  }
});
