import { useTranslations } from "next-intl";

/** Without JavaScript the answers cannot be kept in the browser: say so instead of failing silently. */
export function NoScriptNotice() {
  const t = useTranslations("assessment");
  return (
    <noscript>
      <div className="alert alert-warning">
        <div className="alert-body">
          <p className="alert-heading">{t("noScript.heading")}</p>
          <p className="alert-text">{t("noScript.text")}</p>
        </div>
      </div>
    </noscript>
  );
}
