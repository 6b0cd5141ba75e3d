import type { Locale } from "@/lib/schemas/common";

// The header's menu and language switch run this in every page's browser bundle. A check against
// localeSchema would pull zod (about 40 kB gzip) into every page's first-load JavaScript; a record
// keyed by Locale keeps the list complete at compile time instead.
const locales: Record<Locale, true> = { da: true, en: true };

function isLocale(segment: string | undefined): segment is Locale {
  return segment !== undefined && Object.hasOwn(locales, segment);
}

/** The address of a page in a language: ("da", "/cases") -> "/da/cases"; ("en") -> "/en". */
export function localePath(locale: Locale, path = "/"): string {
  const rest = path === "/" ? "" : path.startsWith("/") ? path : `/${path}`;
  return `/${locale}${rest}`;
}

/** The same page in another language: ("/da/cases/atp", "en") -> "/en/cases/atp". */
export function switchLocalePath(pathname: string, target: Locale): string {
  const segments = pathname.split("/").filter(Boolean);
  const rest = isLocale(segments[0]) ? segments.slice(1) : segments;
  return localePath(target, `/${rest.join("/")}`);
}

/** The page's path without its language prefix: "/da/cases/atp" -> "/cases/atp". */
export function stripLocale(pathname: string): string {
  const segments = pathname.split("/").filter(Boolean);
  const rest = isLocale(segments[0]) ? segments.slice(1) : segments;
  return `/${rest.join("/")}`;
}
