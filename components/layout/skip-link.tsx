import { useTranslations } from "next-intl";

/** The id of every page's <main>, which takes focus from script only (tabindex -1). */
export const mainContentId = "main-content";

/** DKFDS skip link: the first thing a keyboard user reaches, straight to the page's content. */
export function SkipLink() {
  const t = useTranslations("common");
  return (
    <a className="skipnav" href={`#${mainContentId}`}>
      {t("skipLink")}
    </a>
  );
}
