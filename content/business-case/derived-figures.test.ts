import { describe, expect, it } from "vitest";
import { caseById } from "@/content/cases";
import type { EconomicFigure } from "@/lib/schemas/case";
import { derivedFigures } from "./derived-figures";

function amountOf(figure: EconomicFigure): number {
  if (figure.kind !== "amount") throw new Error(`expected a stated amount, got ${figure.kind}`);
  return figure.value;
}

function rangeOf(figure: EconomicFigure): [number, number] {
  if (figure.kind !== "range") throw new Error(`expected a stated range, got ${figure.kind}`);
  return [figure.min, figure.max];
}

const byId = new Map(derivedFigures.map((figure) => [figure.id, figure]));

describe("derived figures", () => {
  it("follow from the cases' economics as typed from the catalogue", () => {
    const naestved = caseById("naestved").economics;
    const atp = caseById("atp").economics;
    const [savingMin, savingMax] = rangeOf(naestved.annualSaving);
    expect(byId.get("naestved-annual-net")).toMatchObject({
      value: savingMin - amountOf(naestved.annualOperation),
      max: savingMax - amountOf(naestved.annualOperation),
    });
    expect(byId.get("naestved-investment-per-sensor")?.value).toBe(amountOf(naestved.investment) / 100);
    expect(byId.get("naestved-operation-per-sensor")?.value).toBe(amountOf(naestved.annualOperation) / 100);
    expect(byId.get("atp-page-cost")?.value).toBe(amountOf(atp.annualOperation) - 81_000);
    expect(byId.get("atp-implied-annual-gain")?.value).toBe(
      amountOf(atp.investment) / 0.5 + amountOf(atp.annualOperation),
    );
  });

  it("are only given for cases whose catalogue text states the figures they are made from", () => {
    for (const figure of derivedFigures) {
      expect(caseById(figure.caseId).economics.investment.kind).not.toBe("not-stated");
      expect(figure.formula.da.length).toBeGreaterThan(0);
      expect(figure.formula.en.length).toBeGreaterThan(0);
    }
  });
});
