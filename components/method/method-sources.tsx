import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/schemas/common";

/** Public sources, linked where they have a stable address (EUR-Lex ELI). */
const sources = [
  { key: "catalogue", href: null },
  { key: "aiAct", href: "https://eur-lex.europa.eu/eli/reg/2024/1689/oj" },
  { key: "gdpr", href: "https://eur-lex.europa.eu/eli/reg/2016/679/oj" },
  { key: "datatilsynet", href: "https://www.datatilsynet.dk/" },
  { key: "genai", href: null },
] as const;

/** Method page: where the content comes from. */
export async function MethodSources({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "method.sources" });
  return (
    <>
      <ul>
        {sources.map(({ key, href }) => (
          <li key={key}>
            {t(key)}
            {href ? (
              <>
                {" "}
                <a href={href}>{href.replace(/^https:\/\//, "").replace(/\/$/, "")}</a>
              </>
            ) : null}
          </li>
        ))}
      </ul>
      <p>{t("ownWords")}</p>
    </>
  );
}
