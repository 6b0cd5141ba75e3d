import { getTranslations } from "next-intl/server";
import { advice, prerequisites } from "@/content/framework";
import { publicSources } from "@/content/public-sources";
import { questions } from "@/content/questions";
import { usesGenerativeAi } from "@/content/questions/generative-ai";
import type { Locale } from "@/lib/schemas/common";
import type { PublicSource } from "@/lib/schemas/public-source";

const generativeQuestions = questions.filter((question) => question.showIf === usesGenerativeAi);
const sourceById = new Map<string, PublicSource>(publicSources.map((source) => [source.id, source]));

function SourceLine({ source, locale }: { source: PublicSource; locale: Locale }) {
  const reference = source.reference ? `, ${source.reference[locale]}` : "";
  return (
    <li>
      {source.publisher[locale]}: <cite>{source.title}</cite>
      {reference}
      {source.url ? (
        <>
          {" "}
          <a href={source.url}>{source.url.replace(/^https:\/\/(www\.)?/, "").replace(/\/$/, "")}</a>
        </>
      ) : null}
    </li>
  );
}

/**
 * Method page: the questions shown only for generative AI, per prerequisite or piece of advice,
 * each with the public sources it rests on (read from the content the questionnaire uses).
 */
export async function MethodGenerative({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "method.generative" });
  const sections = [...prerequisites, ...advice].filter((section) =>
    generativeQuestions.some((question) => question.section === section.id),
  );
  return (
    <>
      <p>{t("intro", { count: generativeQuestions.length })}</p>
      {sections.map((section) => (
        <section key={section.id} aria-labelledby={`generative-${section.id}`}>
          <h3 id={`generative-${section.id}`} className="h4">
            {section.title[locale]}
          </h3>
          <ul>
            {generativeQuestions
              .filter((question) => question.section === section.id)
              .map((question) => (
                <li key={question.id}>
                  {question.text[locale]}
                  <ul className="mt-2">
                    {(question.sources ?? []).flatMap((id) => {
                      const source = sourceById.get(id);
                      return source ? [<SourceLine key={id} source={source} locale={locale} />] : [];
                    })}
                  </ul>
                </li>
              ))}
          </ul>
        </section>
      ))}
      <p>{t("notCatalogue")}</p>
    </>
  );
}
