import type { EconomicFigure } from "../schemas/case";
import type { Locale } from "../schemas/common";
import { formatQuantity } from "./quantity";

/**
 * The stated amount of an economic figure ("400.000 kr.", "DKK 2,510,000–3,860,000",
 * "8.344 kr. per opdaget risikograviditet"), or null when the catalogue does not state one:
 * the caller then says why, from the figure's `reason`.
 */
export function formatEconomicAmount(figure: EconomicFigure, locale: Locale): string | null {
  if (figure.kind === "not-stated") return null;
  const quantity =
    figure.kind === "amount"
      ? { value: figure.value, unit: figure.unit, approximate: figure.approximate }
      : { value: figure.min, max: figure.max, unit: figure.unit, approximate: figure.approximate };
  const amount = formatQuantity(quantity, locale);
  return figure.per ? `${amount} ${figure.per[locale]}` : amount;
}
