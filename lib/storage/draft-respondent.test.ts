import { describe, expect, it } from "vitest";
import { createDraftDocument, hasSameContent, includesEdits, setDraftRespondent } from "./draft-document";

const created = new Date("2026-03-01T10:00:00.000Z");
const later = new Date("2026-03-01T11:00:00.000Z");

describe("the draft's respondent", () => {
  it("is recorded with when it changed, and removed when name and role are both emptied", () => {
    const draft = createDraftDocument("da", created);
    const named = setDraftRespondent(draft, { name: "Mette Hansen", role: "jurist" }, later);
    expect(named.respondent).toEqual({ name: "Mette Hansen", role: "jurist" });
    expect(named.updatedAt).toBe(later.toISOString());
    expect(setDraftRespondent(named, { name: "Mette Hansen", role: "jurist" }, later)).toBe(named);
    const cleared = setDraftRespondent(named, { name: "", role: "" }, later);
    expect("respondent" in cleared).toBe(false);
    expect(setDraftRespondent(draft, { name: "", role: "" }, later)).toBe(draft);
  });

  it("is content another tab must share before its answers replace this tab's", () => {
    const base = createDraftDocument("da", created, "project-0001");
    const edited = setDraftRespondent(base, { name: "Mette Hansen", role: "" }, later);
    expect(hasSameContent(base, edited)).toBe(false);
    expect(includesEdits(base, base, edited)).toBe(false);
    expect(includesEdits(edited, base, edited)).toBe(true);
  });
});
