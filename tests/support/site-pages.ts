/**
 * Every page of the site, in both languages, as the benchmarks, the HTML check and the visual
 * check visit them. Pages filled in by the browser from the stored assessment say so, and say
 * whether they are visited with the example assessment in storage or with none.
 */
import { routing } from "@/i18n/routing";
import { caseIds, type Locale } from "@/lib/schemas/common";
import { assessmentStepIds } from "@/lib/storage/steps";

export interface SitePage {
  /** Short, unique, file-name safe: "da-cases-faxe". */
  name: string;
  path: string;
  locale: Locale;
  /** Rendered in the browser: check the DOM after hydration, not only the server's HTML. */
  clientRendered: boolean;
  /** Visit with the example assessment in localStorage. */
  withStoredAssessment: boolean;
  /** The server answers 404 (the page is still a full page). */
  notFound: boolean;
}

function page(
  locale: Locale,
  path: string,
  options: Partial<Omit<SitePage, "path" | "locale">> = {},
): SitePage {
  const suffix = path.replace(/^\//, "").replaceAll("/", "-");
  return {
    name: suffix ? `${locale}-${suffix}` : locale,
    path: path === "/" ? `/${locale}` : `/${locale}${path}`,
    locale,
    clientRendered: false,
    withStoredAssessment: false,
    notFound: false,
    ...options,
  };
}

/** The site's pages in one language. */
export function listLocalePages(locale: Locale): SitePage[] {
  return [
    page(locale, "/"),
    page(locale, "/cases"),
    page(locale, "/cases?technology=computer-vision&status=in-operation", {
      name: `${locale}-cases-filtered`,
    }),
    ...caseIds.map((id) => page(locale, `/cases/${id}`)),
    page(locale, "/method"),
    page(locale, "/accessibility"),
    page(locale, "/before"),
    page(locale, "/quick-check", { clientRendered: true }),
    page(locale, "/assessment"),
    page(locale, "/assessment/profile", { clientRendered: true, name: `${locale}-assessment-profile-empty` }),
    ...assessmentStepIds.map((step) =>
      page(locale, `/assessment/${step}`, { clientRendered: true, withStoredAssessment: true }),
    ),
    page(locale, "/results", { clientRendered: true, name: `${locale}-results-empty` }),
    page(locale, "/results", { clientRendered: true, withStoredAssessment: true }),
    page(locale, "/business-case", { clientRendered: true, withStoredAssessment: true }),
    page(locale, "/team", { clientRendered: true }),
    page(locale, "/compare", { clientRendered: true, withStoredAssessment: true }),
    page(locale, "/portfolio", { clientRendered: true }),
    page(locale, "/shared", { clientRendered: true, name: `${locale}-shared-without-link` }),
    page(locale, "/no-such-page", { notFound: true, name: `${locale}-not-found` }),
  ];
}

/** An address outside both languages (a missing file): the bilingual root 404 page. */
export const rootNotFoundPage: SitePage = {
  name: "root-not-found",
  path: "/no-such-file.txt",
  locale: "da",
  clientRendered: false,
  withStoredAssessment: false,
  notFound: true,
};

/** Every page in every language, and the root 404 page. */
export function listSitePages(): SitePage[] {
  return [...routing.locales.flatMap((locale) => listLocalePages(locale)), rootNotFoundPage];
}
