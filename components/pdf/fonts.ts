import { Font } from "@react-pdf/renderer";
import { existsSync } from "node:fs";
import path from "node:path";
import { splitLongWord } from "@/lib/report/split-long-word";

/** The font family of the whole report: IBM Plex Sans, the typeface of Det Fælles Designsystem. */
export const FONT_FAMILY = "IBM Plex Sans";

/** Where the dkfds package keeps the TTF files (embedded in the PDF, never fetched). */
const FONT_FOLDER = path.join("node_modules", "dkfds", "dist", "fonts", "IBMPlexSans", "complete", "ttf");

const faces = [
  { file: "IBMPlexSans-Regular.ttf", fontWeight: 400, fontStyle: "normal" },
  { file: "IBMPlexSans-Italic.ttf", fontWeight: 400, fontStyle: "italic" },
  { file: "IBMPlexSans-SemiBold.ttf", fontWeight: 600, fontStyle: "normal" },
  { file: "IBMPlexSans-Bold.ttf", fontWeight: 700, fontStyle: "normal" },
] as const;

/** The faces as react-pdf resolves them (for loading each one ahead of the first report). */
export const REPORT_FONT_FACES = faces.map(({ fontWeight, fontStyle }) => ({ fontWeight, fontStyle }));

let registered = false;

/**
 * Registers the fonts and the line-breaking rule once per process. The paths are resolved from
 * the working directory, which is the project root under `next start`, the CLI and the tests.
 */
export function registerReportFonts(): void {
  if (registered) return;
  const folder = path.join(process.cwd(), FONT_FOLDER);
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
