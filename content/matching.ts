import type { Matching } from "@/lib/schemas/content";

/**
 * When a published case is close enough to the project to be shown as a precedent. Below 60 out
 * of 100, or with no technology in common, the case is a weak match: the results say so instead of
 * presenting it as a project like yours. The method page explains both rules.
 */
export const matching: Matching = {
  closeFrom: 60,
  mustShare: ["technology"],
};
