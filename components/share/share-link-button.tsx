"use client";

import { useLocale, useTranslations } from "next-intl";
import { useId, useState } from "react";
import { localePath } from "@/components/layout/locale-path";
import type { AnswersDocument } from "@/lib/schemas/answers";
import type { Locale } from "@/lib/schemas/common";
import { encodeShareFragment, MAX_SHARE_LINK_LENGTH } from "@/lib/share/share-link";

/** "Del som link": the answers compressed into a link's fragment, shown to copy. */
export function ShareLinkButton({ document }: { document: AnswersDocument }) {
  const t = useTranslations("share");
  const locale = useLocale() as Locale;
  const id = useId();
  const [link, setLink] = useState<string | null>(null);
  const [copy, setCopy] = useState<"idle" | "copied" | "failed">("idle");

  const makeLink = () => {
    const base = new URL(localePath(locale, "/shared"), window.location.origin);
    setLink(`${base.href}#${encodeShareFragment(document)}`);
    setCopy("idle");
  };
  const copyLink = () => {
    if (!link) return;
    navigator.clipboard.writeText(link).then(
      () => setCopy("copied"),
      () => setCopy("failed"),
    );
  };

  return (
    <div className="no-print">
      <button
        type="button"
        className="button button-secondary"
        onClick={makeLink}
        aria-expanded={link !== null}
      >
        {t("button")}
      </button>
      {link ? (
        <div className="mt-4">
          <h2 className="h4">{t("heading")}</h2>
          <p>{t("explain")}</p>
          <div className="form-group">
            <label className="form-label" htmlFor={id}>
              {t("linkLabel")}
            </label>
            <span className="form-hint" id={`${id}-hint`}>
              {link.length > MAX_SHARE_LINK_LENGTH
                ? t("tooLong", { count: link.length })
                : t("length", { count: link.length })}
            </span>
            <input
              className="form-input input-width-xl"
              id={id}
              readOnly
              value={link}
              aria-describedby={`${id}-hint`}
              onFocus={(event) => event.currentTarget.select()}
            />
          </div>
          <button type="button" className="button button-tertiary" onClick={copyLink}>
            {t("copy")}
          </button>
          <p role="status">{copy === "copied" ? t("copied") : copy === "failed" ? t("copyFailed") : ""}</p>
        </div>
      ) : null}
    </div>
  );
}
