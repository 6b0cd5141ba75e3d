import type { Locale } from "../schemas/common";

/** A framework-free response description; app/api turns it into a Response. */
export interface ApiResponse {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

export interface ApiIssue {
  path: string;
  message: string;
}

const errorTexts = {
  "unsupported-media-type": {
    da: "Forespørgslen skal have Content-Type: application/json.",
    en: "The request must have Content-Type: application/json.",
  },
  "unsupported-charset": {
    da: "Forespørgslen skal være skrevet i UTF-8 (Content-Type: application/json; charset=utf-8).",
    en: "The request must be written in UTF-8 (Content-Type: application/json; charset=utf-8).",
  },
  "payload-too-large": {
    da: "Forespørgslen er for stor (højst {limit} kB).",
    en: "The request is too large (at most {limit} kB).",
  },
  "empty-body": {
    da: "Forespørgslen er tom: send et svardokument som JSON.",
    en: "The request is empty: send an answers document as JSON.",
  },
  "unreadable-body": {
    da: "Forespørgslen kunne ikke læses til ende. Send den igen.",
    en: "The request could not be read to the end. Send it again.",
  },
  "invalid-encoding": {
    da: "Forespørgslen er ikke gyldig UTF-8: send svardokumentet som JSON i UTF-8.",
    en: "The request is not valid UTF-8: send the answers document as JSON in UTF-8.",
  },
  "invalid-json": {
    da: "Forespørgslen kan ikke læses.",
    en: "The request cannot be read.",
  },
  "invalid-document": {
    da: "Svardokumentet er ikke gyldigt.",
    en: "The answers document is not valid.",
  },
  "invalid-previous": {
    da: "Den tidligere fil, rapporten skal sammenligne med (previous), er ikke et gyldigt svardokument.",
    en: "The earlier file the report is to compare with (previous) is not a valid answers document.",
  },
  "previous-other-project": {
    da: "Den tidligere fil (previous) er fra et andet projekt (»{title}«) end svarene. Vælg en fil fra samme projekt.",
    en: "The earlier file (previous) is from another project (“{title}”) than the answers. Choose a file from the same project.",
  },
  "content-not-found": {
    da: "Der er intet indhold på denne adresse. Indholdet kan være ændret, siden siden blev hentet: indlæs siden igen.",
    en: "There is no content at this address. The content may have changed since the page was loaded: reload the page.",
  },
  "reports-busy": {
    da: "Mange laver rapporter lige nu. Prøv igen om et øjeblik.",
    en: "Many people are making reports right now. Try again in a moment.",
  },
  "report-timeout": {
    da: "Rapporten tog for lang tid at lave, fordi serveren har travlt. Prøv igen om et øjeblik.",
    en: "The report took too long to make, as the server is busy. Try again in a moment.",
  },
  "report-failed": {
    da: "Rapporten kunne ikke laves på grund af en fejl på serveren. Prøv igen, og kontakt udbyderen, hvis det sker igen.",
    en: "The report could not be made because of an error on the server. Try again, and contact the provider if it happens again.",
  },
  "client-gone": {
    da: "Forespørgslen blev afbrudt, før rapporten var færdig.",
    en: "The request was cancelled before the report was done.",
  },
  "api-not-found": {
    da: "Der er ingen API-adresse {path}. API'et har /api/assess, /api/report, /api/schema, /api/health og /api/content.",
    en: "There is no API address {path}. The API has /api/assess, /api/report, /api/schema, /api/health and /api/content.",
  },
  "method-not-allowed": {
    da: "Metoden {method} er ikke tilladt her. Brug {allowed}.",
    en: "Method {method} is not allowed here. Use {allowed}.",
  },
} as const;

export type ApiErrorCode = keyof typeof errorTexts;

export function errorResponse(
  status: number,
  code: ApiErrorCode,
  locale: Locale,
  params: Record<string, string | number> = {},
  issues: ApiIssue[] = [],
  headers?: Record<string, string>,
): ApiResponse {
  let message: string = errorTexts[code][locale];
  for (const [key, value] of Object.entries(params)) message = message.replace(`{${key}}`, String(value));
  if (issues.length > 0) message = `${message} ${issues.map((i) => `${i.path}: ${i.message}`).join("; ")}`;
  return { status, body: { error: { status, code, message, issues } }, headers };
}

export function methodNotAllowed(method: string, allowed: string[], locale: Locale): ApiResponse {
  return errorResponse(405, "method-not-allowed", locale, { method, allowed: allowed.join(", ") }, [], {
    Allow: allowed.join(", "),
  });
}

/** The language of error messages: ?lang=, else the first of da/en in Accept-Language, else Danish. */
export function negotiateLocale(request: Request): Locale {
  const fromQuery = new URL(request.url).searchParams.get("lang");
  if (fromQuery === "da" || fromQuery === "en") return fromQuery;
  const accept = request.headers.get("accept-language") ?? "";
  for (const part of accept.split(",")) {
    const tag = part.trim().slice(0, 2).toLowerCase();
    if (tag === "da" || tag === "en") return tag;
  }
  return "da";
}
