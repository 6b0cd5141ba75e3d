"use client";

import { useResultsContent } from "@/components/assessment/assessment-context";
import type { ResultsContent } from "@/lib/content/results-content";
import type { Content } from "@/lib/schemas/content";

/** Whether a provider was given the whole content (the "report" content file), as buildReportModel needs. */
function isFullContent(content: ResultsContent): content is ResultsContent & Content {
  const question = content.questions[0] as Partial<Content["questions"][number]> | undefined;
  const caseStudy = content.cases[0] as Partial<Content["cases"][number]> | undefined;
  return question !== undefined && "help" in question && caseStudy !== undefined && "source" in caseStudy;
}

/**
 * The whole content in the page's language, for the pages that lay out the report's presentation
 * model in the browser (team, compare, portfolio, shared links): their provider loads the
 * "report" content file.
 */
export function useReportContent(): Content {
  const content = useResultsContent();
  if (!isFullContent(content))
    throw new Error("This page needs the whole content: give its provider the report's content file.");
  return content;
}
