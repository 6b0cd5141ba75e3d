import { getTranslations } from "next-intl/server";
import type { TimeEstimates } from "@/components/home/time-estimates";
import { timeEstimateRule } from "@/content/time-estimate";
import { formatNumber } from "@/lib/format";
import type { Locale } from "@/lib/schemas/common";

/** The quick check's and the full assessment's size and time, and the rule they are computed by. */
export async function BeforeTimes({ locale, times }: { locale: Locale; times: TimeEstimates }) {
  const t = await getTranslations({ locale, namespace: "before.times" });
  const minutes = (count: number) => t("minutes", { count: formatNumber(count, locale) });
  const rows = [
    { key: "quick", estimate: times.quick, questions: formatNumber(times.quick.questions, locale) },
    {
      key: "full",
      estimate: times.full,
      questions: t("questionsUpTo", { count: formatNumber(times.full.questions, locale) }),
    },
  ] as const;
  return (
    <section aria-labelledby="times" className="home-section">
      <h2 id="times">{t("heading")}</h2>
      <table className="table table--responsive-headers">
        <caption className="sr-only">{t("caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("part")}</th>
            <th scope="col">{t("questions")}</th>
            <th scope="col">{t("words")}</th>
            <th scope="col">{t("alone")}</th>
            <th scope="col">{t("meeting")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ key, estimate, questions }) => (
            <tr key={key}>
              <th scope="row">{t(key)}</th>
              <td data-title={t("questions")}>{questions}</td>
              <td data-title={t("words")}>{formatNumber(estimate.words, locale)}</td>
              <td data-title={t("alone")}>{minutes(estimate.minutes)}</td>
              <td data-title={t("meeting")}>{minutes(estimate.meetingMinutes)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>{t("fullNote", { count: formatNumber(times.full.questions, locale) })}</p>
      <p className="form-hint">
        {t("rule", {
          wordsPerMinute: formatNumber(timeEstimateRule.wordsPerMinute, locale),
          secondsPerAnswer: formatNumber(timeEstimateRule.secondsPerAnswer, locale),
          meetingFactor: formatNumber(timeEstimateRule.meetingFactor, locale),
          roundToMinutes: formatNumber(timeEstimateRule.roundToMinutes, locale),
        })}
      </p>
    </section>
  );
}
