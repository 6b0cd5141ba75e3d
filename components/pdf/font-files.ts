import path from "node:path";

/** Where the dkfds package keeps the report's TTF files (embedded in the PDF, never fetched). */
export const DKFDS_FONT_FOLDER = path.join(
  "node_modules",
  "dkfds",
  "dist",
  "fonts",
  "IBMPlexSans",
  "complete",
  "ttf",
);

/** IBM Plex Sans, the typeface of Det Fælles Designsystem, in the four faces the report uses. */
export const FONT_FACE_FILES = [
  { file: "IBMPlexSans-Regular.ttf", fontWeight: 400, fontStyle: "normal" },
  { file: "IBMPlexSans-Italic.ttf", fontWeight: 400, fontStyle: "italic" },
  { file: "IBMPlexSans-SemiBold.ttf", fontWeight: 600, fontStyle: "normal" },
  { file: "IBMPlexSans-Bold.ttf", fontWeight: 700, fontStyle: "normal" },
] as const;
