import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { advice, prerequisites } from "@/content/framework";
import type { Locale } from "@/lib/schemas/common";
import { localePath } from "@/components/layout/locale-path";

/** Front page: the catalogue the assessment builds on, its prerequisites and advice. */
export async function HomeBasis({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "home.basis" });
  return (
    <section aria-labelledby="basis" className="home-section">
      <h2 id="basis">{t("heading")}</h2>
      <p>{t("text")}</p>
      <div className="row">
        <div className="col-12 col-lg-6">
          <h3>{t("prerequisitesHeading")}</h3>
          <ol>
            {prerequisites.map((prerequisite) => (
              <li key={prerequisite.id}>
                <strong>{prerequisite.title[locale]}:</strong> {prerequisite.description[locale]}
              </li>
            ))}
          </ol>
        </div>
        <div className="col-12 col-lg-6">
          <h3>{t("adviceHeading")}</h3>
          <ol>
            {advice.map((item) => (
              <li key={item.id}>
                <strong>{item.title[locale]}:</strong> {item.description[locale]}
              </li>
            ))}
          </ol>
        </div>
      </div>
      <p>
        {t("casesText")} <Link href={localePath(locale, "/cases")}>{t("casesLink")}</Link>
      </p>
    </section>
  );
}
