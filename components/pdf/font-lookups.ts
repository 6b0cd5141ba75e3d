/** The part of a fontkit font that react-pdf's text layout asks about every character. */
export interface LookupFont {
  unitsPerEm: number;
  hasGlyphForCodePoint(codePoint: number): boolean;
}

export function isLookupFont(font: unknown): font is LookupFont {
  const candidate = font as Partial<LookupFont> | null;
  return typeof candidate?.hasGlyphForCodePoint === "function" && typeof candidate.unitsPerEm === "number";
}

/**
 * Makes a font answer react-pdf's two questions per character from memory: its units per em
 * (fontkit reads it from the font's head table on every call) and whether it has a glyph for a
 * character (a cmap lookup each time). Neither answer changes for a loaded font.
 */
export function rememberFontLookups(font: LookupFont): void {
  const unitsPerEm = font.unitsPerEm;
  Object.defineProperty(font, "unitsPerEm", { value: unitsPerEm, writable: false, configurable: true });
  const hasGlyph = font.hasGlyphForCodePoint.bind(font);
  const known = new Map<number, boolean>();
  font.hasGlyphForCodePoint = (codePoint: number): boolean => {
    let has = known.get(codePoint);
    if (has === undefined) {
      has = hasGlyph(codePoint);
      known.set(codePoint, has);
    }
    return has;
  };
}
