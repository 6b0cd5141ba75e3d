/**
 * What the results page computes in the browser beyond validation: the assessment and its
 * presentation. Some 30 kB of script (rules, texts in both languages) that only the results need,
 * loaded beside the content file rather than with the page's first scripts.
 */
export { assessProject } from "@/lib/engine/assess-project";
export { buildPresentation } from "@/lib/report/build-report-model";
