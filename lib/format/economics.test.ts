import { describe, expect, it } from "vitest";
import { formatEconomicAmount } from "./economics";
import { NBSP } from "./number";

const plain = (text: string | null) => text?.replaceAll(NBSP, " ") ?? null;

describe("formatEconomicAmount", () => {
  it("writes a stated investment in the reader's language", () => {
    const investment = { kind: "amount", value: 400_000, unit: "dkk", approximate: false } as const;
    expect(plain(formatEconomicAmount(investment, "da"))).toBe("400.000 kr.");
    expect(plain(formatEconomicAmount(investment, "en"))).toBe("DKK 400,000");
  });

  it("writes a saving given as a range", () => {
    const saving = { kind: "range", min: 5, max: 6, unit: "fte", approximate: false } as const;
    expect(plain(formatEconomicAmount(saving, "da"))).toBe("5–6 årsværk");
  });

  it("adds what the amount is per when the catalogue says so", () => {
    const saving = {
      kind: "amount",
      value: 8_344,
      unit: "dkk",
      approximate: false,
      per: { da: "per opdaget risikograviditet", en: "per detected high-risk pregnancy" },
    } as const;
    expect(plain(formatEconomicAmount(saving, "da"))).toBe("8.344 kr. per opdaget risikograviditet");
    expect(plain(formatEconomicAmount(saving, "en"))).toBe("DKK 8,344 per detected high-risk pregnancy");
  });

  it("gives no amount when the catalogue does not state one, so none is invented", () => {
    expect(formatEconomicAmount({ kind: "not-stated", reason: "not-stated" }, "da")).toBeNull();
    expect(formatEconomicAmount({ kind: "not-stated", reason: "not-isolable" }, "en")).toBeNull();
  });
});
