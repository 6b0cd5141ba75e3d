"use client";

import { useLocale, useTranslations } from "next-intl";
import { useId, useState } from "react";
import { localePath } from "@/components/layout/locale-path";
import type { AnswersDocument } from "@/lib/schemas/answers";
import type { Locale } from "@/lib/schemas/common";

/** "Del som link": the answers compressed into a link's fragment, shown to copy. */
export function ShareLinkButton({ document }: { document: AnswersDocument }) {
  const t = useTranslations("share");
  const locale = useLocale() as Locale;
  const id = useId();
  const [link, setLink] = useState<{ href: string; tooLong: boolean } | null>(null);
  const [copy, setCopy] = useState<"idle" | "copied" | "failed">("idle");

  // The compression library loads on the first click: the results page does without it until then.
  const makeLink = async () => {
    const { encodeShareFragment, MAX_SHARE_LINK_LENGTH } = await import("@/lib/share/share-link");
    const base = new URL(localePath(locale, "/shared"), window.location.origin);
    const href = `${base.href}#${encodeShareFragment(document)}`;
    setLink({ href, tooLong: href.length > MAX_SHARE_LINK_LENGTH });
    setCopy("idle");
  };
  const copyLink = () => {
    if (!link) return;
    navigator.clipboard.writeText(link.href).then(
      () => setCopy("copied"),
      () => setCopy("failed"),
    );
  };

  return (
    <div className="no-print">
      <button
        type="button"
        className="button button-secondary"
        onClick={() => void makeLink()}
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
              {link.tooLong
                ? t("tooLong", { count: link.href.length })
                : t("length", { count: link.href.length })}
            </span>
            <input
              className="form-input input-width-xl"
              id={id}
              readOnly
              value={link.href}
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
