import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/schemas/common";
import { localePath } from "@/components/layout/locale-path";

const outcomeKeys = ["scores", "blockers", "legal", "plan", "cases", "report"] as const;

/** Front page: what an assessment gives you. */
export async function HomeOutcome({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "home.outcome" });
  return (
    <section aria-labelledby="outcome" className="home-section">
      <h2 id="outcome">{t("heading")}</h2>
      <ul>
        {outcomeKeys.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ul>
      <p>
        <Link href={localePath(locale, "/method")}>{t("methodLink")}</Link>
      </p>
    </section>
  );
}
