import type { BusinessCaseEstimate, ThreePoint } from "@/lib/schemas/business-case-estimate";
import { annualGainAt, computeScenario, totalInvestmentAt } from "./scenario";

/** An input whose range the sensitivity analysis moves. */
export type SensitivityInput =
  | "investment-trial"
  | "investment-hardening"
  | "investment-implementation"
  | "annual-operation"
  | "cases-per-year"
  | "minutes-per-case"
  | "hourly-cost"
  | "amount-per-year";

export interface SensitivityItem {
  input: SensitivityInput;
  /** Net present value with this input at its minimum and at its maximum, the rest most likely. */
  netPresentValueAtMin: number;
  netPresentValueAtMax: number;
  /** How far the net present value moves across the input's range. */
  swing: number;
}

/** The estimate with one input fixed at a single value. */
function withInput(
  estimate: BusinessCaseEstimate,
  input: SensitivityInput,
  value: number,
): BusinessCaseEstimate {
  const fixed: ThreePoint = { min: value, mostLikely: value, max: value };
  const { investment, gain } = estimate;
  switch (input) {
    case "investment-trial":
      return { ...estimate, investment: { ...investment, trial: fixed } };
    case "investment-hardening":
      return { ...estimate, investment: { ...investment, hardening: fixed } };
    case "investment-implementation":
      return { ...estimate, investment: { ...investment, implementation: fixed } };
    case "annual-operation":
      return { ...estimate, annualOperation: fixed };
    case "amount-per-year":
      return gain.kind === "amount" ? { ...estimate, gain: { ...gain, amountPerYear: fixed } } : estimate;
    case "cases-per-year":
      return gain.kind === "time" ? { ...estimate, gain: { ...gain, casesPerYear: fixed } } : estimate;
    case "minutes-per-case":
      return gain.kind === "time" ? { ...estimate, gain: { ...gain, minutesPerCase: fixed } } : estimate;
    case "hourly-cost":
      return gain.kind === "time" ? { ...estimate, gain: { ...gain, hourlyCost: fixed } } : estimate;
  }
}

/** The inputs of this estimate with their ranges, in the order the form asks for them. */
function inputsOf(estimate: BusinessCaseEstimate): [SensitivityInput, ThreePoint][] {
  const costs: [SensitivityInput, ThreePoint][] = [
    ["investment-trial", estimate.investment.trial],
    ["investment-hardening", estimate.investment.hardening],
    ["investment-implementation", estimate.investment.implementation],
    ["annual-operation", estimate.annualOperation],
  ];
  const { gain } = estimate;
  if (gain.kind === "amount") return [...costs, ["amount-per-year", gain.amountPerYear]];
  return [
    ...costs,
    ["cases-per-year", gain.casesPerYear],
    ["minutes-per-case", gain.minutesPerCase],
    ["hourly-cost", gain.hourlyCost],
  ];
}

function netPresentValueWith(estimate: BusinessCaseEstimate, input: SensitivityInput, value: number): number {
  const moved = withInput(estimate, input, value);
  const likely = (point: ThreePoint): number => point.mostLikely;
  const scenario = {
    investment: totalInvestmentAt(moved, likely),
    annualOperation: moved.annualOperation.mostLikely,
    annualGain: annualGainAt(moved.gain, likely),
  };
  return computeScenario(scenario, estimate).netPresentValue;
}

/**
 * Moves each input across its range with the others at their most likely values (a tornado
 * analysis) and ranks the inputs by how far the net present value moves. An input with no range
 * (minimum equal to maximum) moves nothing and is left out.
 */
export function rankSensitivity(estimate: BusinessCaseEstimate): SensitivityItem[] {
  return inputsOf(estimate)
    .map(([input, point]) => {
      const netPresentValueAtMin = netPresentValueWith(estimate, input, point.min);
      const netPresentValueAtMax = netPresentValueWith(estimate, input, point.max);
      return {
        input,
        netPresentValueAtMin,
        netPresentValueAtMax,
        swing: Math.abs(netPresentValueAtMax - netPresentValueAtMin),
      };
    })
    .filter((item) => item.swing > 0)
    .sort((a, b) => b.swing - a.swing);
}
