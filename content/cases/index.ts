import * as z from "zod/mini";
import { caseStudySchema, type CaseStudy } from "@/lib/schemas/case";
import { caseIds, type CaseId } from "@/lib/schemas/common";
import { atp } from "./atp";
import { faxe } from "./faxe";
import { naestved } from "./naestved";
import { prenaital } from "./prenaital";
import { regionHovedstaden } from "./region-hovedstaden";
import { skatteforvaltningen } from "./skatteforvaltningen";

/** The six case files as written, in catalogue order. */
export const caseSources = [naestved, regionHovedstaden, skatteforvaltningen, atp, faxe, prenaital];

/** The six published cases in catalogue order, parsed so that schema defaults apply. */
export const cases: CaseStudy[] = z.array(caseStudySchema).parse(caseSources);

const casesById = new Map<string, CaseStudy>(cases.map((study) => [study.id, study]));

// Every case id must resolve, so that `caseById(id: CaseId)` can promise a case.
for (const id of caseIds) {
  if (!casesById.has(id)) throw new Error(`content/cases: no case with id "${id}"`);
}

/** The case with this id; for a string that is not a case id, undefined. */
export function caseById(id: CaseId): CaseStudy;
export function caseById(id: string): CaseStudy | undefined;
export function caseById(id: string): CaseStudy | undefined {
  return casesById.get(id);
}
