import { getTranslations } from "next-intl/server";
import { localePath } from "@/components/layout/locale-path";
import { ButtonLink } from "@/components/ui/button-link";
import { Link } from "@/components/ui/link";
import type { Locale } from "@/lib/schemas/common";
import type { TimeEstimates } from "./time-estimates";
import styles from "./home.module.css";

/** The new user's two ways in, the quick check first, with times computed from the content. */
export async function HomeChoices({ locale, times }: { locale: Locale; times: TimeEstimates }) {
  const t = await getTranslations({ locale, namespace: "home" });
  return (
    <section aria-labelledby="choices">
      <h2 id="choices" className="h3">
        {t("choiceHeading")}
      </h2>
      <div className={styles.choices}>
        <div className={styles.choice}>
          <h3>{t("quickHeading")}</h3>
          <p>
            {t("quickText", {
              questions: times.quick.questions,
              pages: times.quick.pages,
              minutes: times.quick.minutes,
            })}
          </p>
          <p>
            <ButtonLink href={localePath(locale, "/quick-check")} icon="arrow-forward">
              {t("startQuick")}
            </ButtonLink>
          </p>
        </div>
        <div className={styles.choice}>
          <h3>{t("fullHeading")}</h3>
          <p>
            {t("fullText", {
              questions: times.full.questions,
              pages: times.full.pages,
              minutes: times.full.minutes,
              meetingMinutes: times.full.meetingMinutes,
            })}
          </p>
          <p>
            <ButtonLink href={localePath(locale, "/assessment")} variant="secondary">
              {t("start")}
            </ButtonLink>
          </p>
        </div>
      </div>
      <p className="mt-5">
        <Link href={localePath(locale, "/before")}>{t("beforeLink")}</Link>
      </p>
    </section>
  );
}
