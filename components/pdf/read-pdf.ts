import path from "node:path";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

/** Points from the page's top to where the content starts, and from its bottom to above the footer. */
const CONTENT_TOP = 50;
const FOOTER_TOP = 52;

/** What a reader of the PDF sees: its pages' text and its document information. */
export interface PdfContents {
  pages: string[];
  /**
   * How far down each page its text reaches, as a share of the room between the top margin and
   * the running footer (0 = empty, 1 = full); the footer itself is left out.
   */
  fills: number[];
  text: string;
  info: Record<string, unknown>;
}

/**
 * Reads a PDF's text and metadata with pdfjs-dist, as a PDF viewer would (tests only). Lines are
 * joined with spaces and runs of white space collapsed, so a phrase can be searched for whatever
 * line it was wrapped on.
 */
export async function readPdf(pdf: Uint8Array): Promise<PdfContents> {
  const standardFontDataUrl = `${path.join(process.cwd(), "node_modules", "pdfjs-dist", "standard_fonts")}${path.sep}`;
  const document = await getDocument({
    data: new Uint8Array(pdf),
    standardFontDataUrl,
    isEvalSupported: false,
  }).promise;
  try {
    const pages: string[] = [];
    const fills: number[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      const [, , , height = 0] = page.view;
      const baselines = content.items
        .filter((item) => "str" in item && item.str.trim() !== "")
        .map((item) => ("transform" in item ? Number(item.transform[5]) : height))
        .filter((y) => y > FOOTER_TOP);
      const lowest = baselines.length > 0 ? Math.min(...baselines) : height - CONTENT_TOP;
      fills.push(
        Math.min(1, Math.max(0, (height - CONTENT_TOP - lowest) / (height - CONTENT_TOP - FOOTER_TOP))),
      );
      const text = content.items
        .map((item) => ("str" in item ? `${item.str}${item.hasEOL ? " " : ""}` : ""))
        .join("");
      pages.push(text.replace(/\s+/g, " ").trim());
    }
    const metadata = await document.getMetadata();
    const info = typeof metadata.info === "object" && metadata.info !== null ? { ...metadata.info } : {};
    return { pages, fills, text: pages.join(" "), info };
  } finally {
    await document.destroy();
  }
}
