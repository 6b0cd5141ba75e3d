export { formatDate } from "./date";
export { formatEconomicAmount } from "./economics";
export { NBSP, RANGE_DASH, formatNumber, formatNumberRange, pickPlural } from "./number";
export { formatQuantity, type Quantity, type QuantityUnit } from "./quantity";
