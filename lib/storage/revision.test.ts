import { describe, expect, it } from "vitest";
import { createRevision, createTabId, deriveLegacyRevision, revisionSchema } from "./revision";

describe("revisions", () => {
  it("give each tab its own id and each save its own revision", () => {
    const tabs = new Set(Array.from({ length: 50 }, () => createTabId()));
    expect(tabs.size).toBe(50);
    const tab = createTabId();
    expect(createRevision(tab, 1)).not.toBe(createRevision(tab, 2));
    expect(revisionSchema.safeParse(createRevision(tab, 1)).success).toBe(true);
  });

  it("derive the same valid revision for the same old envelope", () => {
    const revision = deriveLegacyRevision("2026-03-01T10:00:00.000+01:00");
    expect(revision).toBe("v1-2026-03-01T10:00:00.000+01:00");
    expect(revisionSchema.safeParse(revision).success).toBe(true);
    expect(deriveLegacyRevision({ not: "a date" })).toBe("v1");
  });
});
