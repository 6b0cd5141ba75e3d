import type { CaseStudy } from "../schemas/case";

/** What the business case page shows of a case: its name, economics and effects, as stated. */
export type ReferenceCase = Pick<
  CaseStudy,
  "id" | "order" | "organisation" | "title" | "economics" | "effects"
>;

export function pickReferenceCases(cases: readonly CaseStudy[]): ReferenceCase[] {
  return cases.map(({ id, order, organisation, title, economics, effects }) => ({
    id,
    order,
    organisation,
    title,
    economics,
    effects,
  }));
}
