import * as z from "zod/mini";
import type { CaseProfileValue, CaseStudy } from "@/lib/schemas/case";
import type { LocalizedText } from "@/lib/schemas/common";
import type { AttributeId, Vocabulary } from "@/lib/schemas/vocabulary";

/** The catalogue's filters, read from the address (?technology=…&domain=…&status=…). */
export const caseStatusFilterSchema = z.enum(["in-operation", "not-in-operation"]);
export type CaseStatusFilter = z.infer<typeof caseStatusFilterSchema>;

export const filterNames = ["technology", "domain", "status"] as const;
export type FilterName = (typeof filterNames)[number];

export interface CaseFilters {
  technology: string | null;
  domain: string | null;
  status: CaseStatusFilter | null;
}

export interface FilterOption {
  value: string;
  label: LocalizedText;
}

export interface FilterChoices {
  technology: FilterOption[];
  domain: FilterOption[];
}

export type SearchParams = Record<string, string | string[] | undefined>;

export const noFilters: CaseFilters = { technology: null, domain: null, status: null };

/** The values of a profile attribute as a list: null (not stated) is none. */
export function listProfileValues(value: CaseProfileValue | undefined): string[] {
  if (value === null || value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/** The attribute's values that at least one case has, in the vocabulary's order. */
function listUsedValues(cases: CaseStudy[], vocabulary: Vocabulary, attribute: AttributeId): FilterOption[] {
  const used = new Set(cases.flatMap((study) => listProfileValues(study.profile[attribute])));
  const values = vocabulary.find((entry) => entry.id === attribute)?.values ?? [];
  return values.filter((value) => used.has(value.id)).map(({ id, label }) => ({ value: id, label }));
}

/** The choices offered: only values some case has, so no choice leads to an empty list by itself. */
export function listFilterChoices(cases: CaseStudy[], vocabulary: Vocabulary): FilterChoices {
  return {
    technology: listUsedValues(cases, vocabulary, "technology"),
    domain: listUsedValues(cases, vocabulary, "domain"),
  };
}

function readFirst(value: string | string[] | undefined): string | null {
  const first = Array.isArray(value) ? value[0] : value;
  return first ? first : null;
}

/**
 * Reads the filters from the address. A value the catalogue does not offer is not applied, and
 * its name is returned in `ignored` so the page can say so rather than show a silently wrong list.
 */
export function parseCaseFilters(
  searchParams: SearchParams,
  choices: FilterChoices,
): { filters: CaseFilters; ignored: FilterName[] } {
  const ignored: FilterName[] = [];
  const pick = (name: "technology" | "domain"): string | null => {
    const raw = readFirst(searchParams[name]);
    if (raw === null) return null;
    if (choices[name].some((option) => option.value === raw)) return raw;
    ignored.push(name);
    return null;
  };
  const technology = pick("technology");
  const domain = pick("domain");
  const rawStatus = readFirst(searchParams.status);
  const status = caseStatusFilterSchema.safeParse(rawStatus);
  if (rawStatus !== null && !status.success) ignored.push("status");
  return { filters: { technology, domain, status: status.success ? status.data : null }, ignored };
}

/** The cases that pass every chosen filter, in the catalogue's order. */
export function filterCases(cases: CaseStudy[], filters: CaseFilters): CaseStudy[] {
  return cases
    .filter((study) => {
      if (filters.technology && !listProfileValues(study.profile.technology).includes(filters.technology)) {
        return false;
      }
      if (filters.domain && !listProfileValues(study.profile.domain).includes(filters.domain)) return false;
      if (filters.status === "in-operation" && !study.status.inOperation) return false;
      if (filters.status === "not-in-operation" && study.status.inOperation) return false;
      return true;
    })
    .sort((a, b) => a.order - b.order);
}

/** The catalogue's address with the given filters, e.g. to remove one of them. */
export function buildFilterHref(basePath: string, filters: CaseFilters): string {
  const query = new URLSearchParams();
  for (const name of filterNames) {
    const value = filters[name];
    if (value) query.set(name, value);
  }
  const search = query.toString();
  return search ? `${basePath}?${search}` : basePath;
}
