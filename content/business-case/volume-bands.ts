/**
 * The bounds of each answer to the profile question "Cases or events a year" (attribute
 * `annual-volume`), as its labels state them: the form fills in cases a year from them. A bound
 * the label leaves open (nothing above "over 100,000") stays empty for the user to fill in.
 */
export const volumeBands: Readonly<Record<string, { min?: number; max?: number }>> = {
  "under-1000": { max: 1_000 },
  "1000-to-10000": { min: 1_000, max: 10_000 },
  "10000-to-100000": { min: 10_000, max: 100_000 },
  "over-100000": { min: 100_000 },
};
