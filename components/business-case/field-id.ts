/** The element id of a form field from its path in the form values: "investment.trial.min" → "bc-investment-trial-min". */
export function fieldId(path: string): string {
  return `bc-${path.replace(/\./g, "-")}`;
}
