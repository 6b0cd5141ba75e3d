import { useTranslations } from "next-intl";

/** DKFDS skip link: the first thing a keyboard user reaches, straight to the page's content. */
export function SkipLink() {
  const t = useTranslations("common");
  return (
    <a className="skipnav" href="#main-content">
      {t("skipLink")}
    </a>
  );
}
