import { Font } from "@react-pdf/renderer";
import { existsSync } from "node:fs";
import path from "node:path";
import { splitLongWord } from "@/lib/report/split-long-word";
import { DKFDS_FONT_FOLDER, FONT_FACE_FILES } from "./font-files";

/** The font family of the whole report: IBM Plex Sans, the typeface of Det Fælles Designsystem. */
export const FONT_FAMILY = "IBM Plex Sans";

const faces = FONT_FACE_FILES;

/** The faces as react-pdf resolves them (for loading each one ahead of the first report). */
export const REPORT_FONT_FACES = faces.map(({ fontWeight, fontStyle }) => ({ fontWeight, fontStyle }));

let registered = false;

/**
 * Registers the fonts and the line-breaking rule once per process. The files are read from
 * REPORT_FONT_FOLDER when set (the built report thread keeps its own copy beside it), else from
 * the dkfds package under the working directory (the project root for the CLI and the tests).
 */
export function registerReportFonts(): void {
  if (registered) return;
  const folder = process.env.REPORT_FONT_FOLDER || path.join(process.cwd(), DKFDS_FONT_FOLDER);
  const missing = faces.filter((face) => !existsSync(path.join(folder, face.file)));
  if (missing.length > 0) {
    throw new Error(`The report fonts are missing from ${folder}: ${missing.map((f) => f.file).join(", ")}`);
  }
  Font.register({
    family: FONT_FAMILY,
    fonts: faces.map((face) => ({
      src: path.join(folder, face.file),
      fontWeight: face.fontWeight,
      fontStyle: face.fontStyle,
    })),
  });
  // react-pdf's own rule hyphenates by English patterns; ours keeps words whole and only lets
  // very long strings (addresses, text without spaces) break.
  Font.registerHyphenationCallback(splitLongWord);
  registered = true;
}
