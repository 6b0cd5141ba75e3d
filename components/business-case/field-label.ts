/** Translates a key of the businessCase.form messages. */
type FormText = (key: string) => string;

const pointKeys = new Set(["min", "mostLikely", "max"]);

/**
 * The name of a form field for the error summary: "Afprøvning (kr.), Maksimum" for
 * "investment.trial.max", "Periode (år)" for "horizonYears".
 */
export function describeFieldPath(path: string, t: FormText): string {
  const parts = path.split(".");
  const last = parts[parts.length - 1] ?? path;
  const field = pointKeys.has(last) ? parts.slice(0, -1) : parts;
  const name = field[0] === "investment" && field[1] ? t(`phases.${field[1]}`) : t(field.join("."));
  return pointKeys.has(last) ? `${name}, ${t(last)}` : name;
}
