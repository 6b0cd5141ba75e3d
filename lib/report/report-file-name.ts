/** Danish letters written the way Danes spell them without æ, ø and å. */
const transliterations: Record<string, string> = {
  æ: "ae",
  ø: "oe",
  å: "aa",
  Æ: "ae",
  Ø: "oe",
  Å: "aa",
  ß: "ss",
};

/** Long enough to recognise the project, short enough for any file system and download bar. */
const MAX_SLUG_LENGTH = 60;

export interface ReportFileName {
  /** Only a-z, 0-9 and hyphens: safe in any file system and in a plain `filename=` header. */
  ascii: string;
  /** Keeps the title's own letters (æ, ø, å, é …) for `filename*=UTF-8''`. */
  unicode: string;
}

/**
 * The report's file name from the project title and the report date (YYYY-MM-DD), e.g.
 * "ai-parathed-faldsensorer-i-plejeboliger-2026-11-28.pdf". Letters and digits are kept, Danish
 * letters transliterated in the ASCII form, and everything else becomes a single hyphen.
 */
export function buildReportFileName(
  title: string,
  isoDate: string,
  extension: "pdf" | "docx" = "pdf",
): ReportFileName {
  const ascii = slugify(transliterate(title), /[^a-z0-9]+/g);
  const unicode = slugify(title, /[^\p{L}\p{N}]+/gu);
  return {
    ascii: joinName(ascii, isoDate, extension),
    unicode: joinName(unicode, isoDate, extension),
  };
}

/** The Content-Disposition header for a download: a plain name plus the UTF-8 name (RFC 6266). */
export function buildContentDisposition(name: ReportFileName): string {
  return `attachment; filename="${name.ascii}"; filename*=UTF-8''${encodeRfc5987(name.unicode)}`;
}

function transliterate(text: string): string {
  const replaced = Array.from(text, (char) => transliterations[char] ?? char).join("");
  // Strips accents (é -> e) and drops what has no ASCII form.
  return replaced.normalize("NFKD").replace(/\p{M}+/gu, "");
}

function slugify(text: string, separators: RegExp): string {
  const slug = text
    .normalize("NFC")
    .toLowerCase()
    .replace(separators, "-")
    .replace(/^-+|-+$/g, "");
  const cut = Array.from(slug).slice(0, MAX_SLUG_LENGTH).join("");
  return cut.replace(/-+$/, "");
}

function joinName(slug: string, isoDate: string, extension: string): string {
  return `${["ai-parathed", slug, isoDate].filter(Boolean).join("-")}.${extension}`;
}

function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(
    /['()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/**
 * The file name a Content-Disposition header offers: the UTF-8 `filename*` when present and
 * readable, else the plain `filename`. Path separators are dropped, so a name can never point
 * into a folder. Null when the header names no file.
 */
export function readContentDispositionFileName(header: string | null): string | null {
  if (!header) return null;
  const extended = /filename\*\s*=\s*UTF-8''([^;\s]+)/i.exec(header)?.[1];
  if (extended) {
    try {
      return safeFileName(decodeURIComponent(extended));
    } catch {
      // Malformed percent-encoding: fall back to the plain name.
    }
  }
  const plain = /filename\s*=\s*(?:"([^"]*)"|([^;\s]+))/i.exec(header);
  return safeFileName(plain?.[1] ?? plain?.[2] ?? "");
}

function safeFileName(name: string): string | null {
  const base = name.split(/[/\\]/).pop()?.trim() ?? "";
  return base && base !== "." && base !== ".." ? base : null;
}
