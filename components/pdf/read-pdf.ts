import path from "node:path";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

/** What a reader of the PDF sees: its pages' text and its document information. */
export interface PdfContents {
  pages: string[];
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
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      const text = content.items
        .map((item) => ("str" in item ? `${item.str}${item.hasEOL ? " " : ""}` : ""))
        .join("");
      pages.push(text.replace(/\s+/g, " ").trim());
    }
    const metadata = await document.getMetadata();
    const info = typeof metadata.info === "object" && metadata.info !== null ? { ...metadata.info } : {};
    return { pages, text: pages.join(" "), info };
  } finally {
    await document.destroy();
  }
}
