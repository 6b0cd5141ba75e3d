import { Font, pdf, type DocumentProps } from "@react-pdf/renderer";
import type { ReactElement } from "react";
import type { AssessmentResult } from "@/lib/engine/types";
import { buildReportModel, type ReportOptions } from "@/lib/report/build-report-model";
import { makePrintable, mapStrings } from "@/lib/report/printable-text";
import type { ReportModel } from "@/lib/report/report-model";
import type { AnswersDocument } from "@/lib/schemas/answers";
import type { Locale } from "@/lib/schemas/common";
import type { Content } from "@/lib/schemas/content";
import { createSerialQueue } from "@/lib/async/serial-queue";
import { isLookupFont, rememberFontLookups } from "./font-lookups";
import { FONT_FAMILY, REPORT_FONT_FACES, registerReportFonts } from "./fonts";
import { ReportDocument } from "./report-document";
import { cacheShaping, isShapingFont } from "./shaping-cache";
import { createTextLayoutCache, TEXT_LAYOUT_CACHE_CHARACTERS } from "./text-layout-cache";

// Once per process: fonts are parsed once and reused by every report.
registerReportFonts();

/**
 * How many characters of laid-out text a report thread keeps: REPORT_TEXT_CACHE_CHARACTERS, a
 * whole number (0 keeps none); anything else gives the default, as the other server settings do.
 */
function readTextCacheCharacters(value = process.env.REPORT_TEXT_CACHE_CHARACTERS): number {
  const number = Number(value);
  return value?.trim() && Number.isInteger(number) && number >= 0 && number <= 10_000_000
    ? number
    : TEXT_LAYOUT_CACHE_CHARACTERS;
}

/**
 * The laid-out texts every report of this process shares. react-pdf's text layout goes through a
 * font store's `layoutText` when it has one (our patch of @react-pdf/layout, decision 15).
 */
export const textLayoutCache = createTextLayoutCache(readTextCacheCharacters());
if (readTextCacheCharacters() > 0) Object.assign(Font, { layoutText: textLayoutCache.layoutText });

let fontsReady: Promise<(codePoint: number) => boolean> | null = null;
const shapingCaches: (() => number)[] = [];

/**
 * How full this process's caches are: the text layout cache's statistics, and the characters
 * each font face's shaping cache holds (for the memory benchmark: memory should stop growing
 * once both are full).
 */
export function reportCacheStatistics() {
  return {
    textLayout: textLayoutCache.statistics(),
    shapingCharacters: shapingCaches.map((count) => count()),
  };
}

/** Loads every face once and returns whether the typeface can draw a character. */
export function prepareFonts(): Promise<(codePoint: number) => boolean> {
  fontsReady ??= loadFonts();
  return fontsReady;
}

async function loadFonts(): Promise<(codePoint: number) => boolean> {
  await Promise.all(REPORT_FONT_FACES.map((face) => Font.load({ fontFamily: FONT_FAMILY, ...face })));
  for (const face of REPORT_FONT_FACES) {
    const data: unknown = Font.getFont({ fontFamily: FONT_FAMILY, ...face }).data;
    if (isShapingFont(data)) shapingCaches.push(cacheShaping(data));
    if (isLookupFont(data)) rememberFontLookups(data);
  }
  const font = Font.getFont({ fontFamily: FONT_FAMILY }).data;
  if (!font) throw new Error(`The font ${FONT_FAMILY} did not load.`);
  const known = new Map<number, boolean>();
  return (codePoint: number): boolean => {
    let has = known.get(codePoint);
    if (has === undefined) {
      has = font.hasGlyphForCodePoint(codePoint) === true;
      known.set(codePoint, has);
    }
    return has;
  };
}

/**
 * Makes every text of the model printable with the report's typeface, and says so in the method
 * section when something had to be replaced. Metadata and file names keep the original text.
 */
function preparePrintable(model: ReportModel, hasGlyph: (codePoint: number) => boolean): ReportModel {
  let replaced = false;
  const { metadata, fileName, ...printed } = model;
  const mapped = mapStrings(printed, (text) => {
    const result = makePrintable(text, hasGlyph);
    replaced ||= result.replaced;
    return result.text;
  });
  const method = replaced ? { ...mapped.method, glyphNote: model.texts.methodGlyphs } : mapped.method;
  return { ...mapped, method, metadata, fileName };
}

/**
 * Renders a document to a buffer, then empties its React tree and lets React's scheduler run
 * before the next report. React keeps each rendered document's root, and through it the whole
 * report, in its list of scheduled roots until its scheduler gets a turn of the event loop; a
 * thread that renders reports back to back never gave it one, and kept about 0.56 MB for every
 * report (heap 71 -> 166 MB over 192 reports, each report slower than the one before). One turn
 * after each report keeps the heap flat (58 MB after 24 reports and after 72).
 */
async function renderAndRelease(document: ReactElement<DocumentProps>): Promise<Buffer> {
  const instance = pdf(document);
  try {
    const chunks: Buffer[] = [];
    for await (const chunk of await instance.toBuffer())
      chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
    return Buffer.concat(chunks);
  } finally {
    instance.updateContainer(<></>);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/**
 * Reports are rendered one at a time. Rendering is CPU work on the server's one JavaScript
 * thread: run side by side, concurrent reports would each take as long as all of them together
 * and hold all their layouts in memory at once; in a queue, each finishes as soon as its turn is
 * done and memory holds one layout.
 */
const enqueueRender = createSerialQueue();

/** Renders the readiness report of an assessed answers document as a PDF. */
export async function renderReport(
  doc: AnswersDocument,
  result: AssessmentResult,
  content: Content,
  locale: Locale,
  options: ReportOptions = {},
): Promise<Buffer> {
  const hasGlyph = await prepareFonts();
  const model = preparePrintable(buildReportModel(doc, result, content, locale, options), hasGlyph);
  return enqueueRender(() => renderAndRelease(<ReportDocument model={model} />));
}
