import { describe, expect, it } from "vitest";
import {
  LARGE_SCALE_FROM_RANK,
  vulnerableDomains,
  dependentDomain,
  wp248CriterionIds,
  wp248Criteria,
} from "./dpia-criteria";
import { vocabulary } from "./vocabulary";

describe("the DPIA criteria in content", () => {
  it("list each of the nine WP248 criteria once", () => {
    expect(wp248Criteria.map((criterion) => criterion.id)).toEqual([...wp248CriterionIds]);
    expect(wp248CriterionIds).toHaveLength(9);
  });

  it("state the large-scale threshold the engine applies: the lower bound of the volume band it starts at", () => {
    const band = vocabulary
      .find((attribute) => attribute.id === "annual-volume")
      ?.values.find((value) => value.rank === LARGE_SCALE_FROM_RANK);
    const text = wp248Criteria.find((criterion) => criterion.id === "large-scale")?.text;
    expect(band).toBeDefined();
    expect(text?.da).toContain(`Stor skala: ${band?.label.da.split("–")[0]} sager`);
    expect(text?.en).toContain(`Large scale: ${band?.label.en.split("–")[0]} cases`);
  });

  it("name only domains that exist in the vocabulary", () => {
    const domains = new Set(
      vocabulary.find((attribute) => attribute.id === "domain")?.values.map((v) => v.id),
    );
    for (const domain of [...vulnerableDomains, dependentDomain])
      expect(domains.has(domain), domain).toBe(true);
  });
});
