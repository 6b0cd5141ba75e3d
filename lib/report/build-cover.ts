import { formatDate } from "../format/date";
import type { ReportContext } from "./report-context";
import type { CoverModel } from "./report-model";
import { shortenText } from "./shorten-text";

/**
 * How much text the cover holds in title, organisation and description together, so that it
 * stays one page; the description gets what the title and organisation leave, within limits, and
 * the appendix has all of it, with its line breaks.
 */
const COVER_TEXT_BUDGET = 900;
const COVER_DESCRIPTION_MIN = 250;
const COVER_DESCRIPTION_MAX = 700;

/** Line breaks run together on the cover, so that a title or text of many short lines stays one page. */
function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, " ").trim();
}

export function buildCover(context: ReportContext): CoverModel {
  const { doc, result, texts, locale, fill } = context;
  const description = oneLine(doc.project.description);
  const title = oneLine(doc.project.title);
  const organisation = oneLine(doc.project.organisation);
  const room = COVER_TEXT_BUDGET - title.length - organisation.length;
  const limit = Math.min(COVER_DESCRIPTION_MAX, Math.max(COVER_DESCRIPTION_MIN, room));
  const shortened = shortenText(description, limit);
  return {
    projectTitle: title,
    organisation: organisation || null,
    description: description ? shortened.text : null,
    descriptionShortened: shortened.shortened,
    facts: [
      { label: texts.coverDate, value: formatDate(context.reportDate, locale) },
      { label: texts.coverLanguage, value: locale === "da" ? texts.languageDa : texts.languageEn },
      { label: texts.coverModelVersion, value: result.modelVersion },
      { label: texts.coverContentVersion, value: result.contentVersion },
      {
        label: texts.coverLegalVersion,
        value: fill(texts.coverLegalVersionValue, {
          version: result.legal.legalContentVersion,
          date: formatDate(result.legal.reviewedOn, locale),
        }),
      },
    ],
  };
}
