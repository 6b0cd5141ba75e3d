import { describe, expect, it } from "vitest";
import { toReportDate } from "./report-date";
import {
  buildContentDisposition,
  buildReportFileName,
  readContentDispositionFileName,
} from "./report-file-name";

describe("buildReportFileName", () => {
  it("names the file after the product, the project and the date", () => {
    expect(buildReportFileName("Faldsensorer i plejeboliger", "2026-11-28").ascii).toBe(
      "ai-parathed-faldsensorer-i-plejeboliger-2026-11-28.pdf",
    );
  });

  it("writes æ, ø and å as ae, oe and aa in the plain name and keeps them in the UTF-8 name", () => {
    const name = buildReportFileName("Ældre, søvn & Åbenhed", "2026-11-28");
    expect(name.ascii).toBe("ai-parathed-aeldre-soevn-aabenhed-2026-11-28.pdf");
    expect(name.unicode).toBe("ai-parathed-ældre-søvn-åbenhed-2026-11-28.pdf");
  });

  it("drops accents, emoji and punctuation rather than putting them in a file name", () => {
    expect(buildReportFileName("Café 🚀 «AI» / Projekt #2?", "2026-01-05").ascii).toBe(
      "ai-parathed-cafe-ai-projekt-2-2026-01-05.pdf",
    );
  });

  it("still gives a usable name when the title has no letters it can keep", () => {
    expect(buildReportFileName("🚀🚀🚀", "2026-11-28").ascii).toBe("ai-parathed-2026-11-28.pdf");
    expect(buildReportFileName("مشروع الذكاء", "2026-11-28").ascii).toBe("ai-parathed-2026-11-28.pdf");
  });

  it("shortens a very long title so the name stays manageable", () => {
    const name = buildReportFileName("x".repeat(200), "2026-11-28");
    expect(name.ascii.length).toBeLessThan(100);
    expect(name.ascii.endsWith("-2026-11-28.pdf")).toBe(true);
  });
});

describe("buildContentDisposition", () => {
  it("offers the plain name and the UTF-8 name, percent-encoded", () => {
    const header = buildContentDisposition(buildReportFileName("Søvn", "2026-11-28"));
    expect(header).toBe(
      `attachment; filename="ai-parathed-soevn-2026-11-28.pdf"; filename*=UTF-8''ai-parathed-s%C3%B8vn-2026-11-28.pdf`,
    );
  });
});

describe("toReportDate", () => {
  it("dates the report as in Denmark, also just after midnight Danish time", () => {
    expect(toReportDate(new Date("2026-11-27T23:30:00Z"))).toBe("2026-11-28");
    expect(toReportDate(new Date("2026-07-01T21:59:00Z"))).toBe("2026-07-01");
    expect(toReportDate(new Date("2026-07-01T22:01:00Z"))).toBe("2026-07-02");
  });
});

describe("readContentDispositionFileName", () => {
  it("reads back the UTF-8 name the report route sends, with its Danish letters", () => {
    const header = buildContentDisposition(buildReportFileName("Ældre, søvn & Åbenhed", "2026-11-28"));
    expect(readContentDispositionFileName(header)).toBe("ai-parathed-ældre-søvn-åbenhed-2026-11-28.pdf");
  });

  it("falls back to the plain name when the UTF-8 name is missing or malformed", () => {
    expect(readContentDispositionFileName('attachment; filename="rapport.pdf"')).toBe("rapport.pdf");
    expect(
      readContentDispositionFileName("attachment; filename=rapport.pdf; filename*=UTF-8''%E0%A4%A"),
    ).toBe("rapport.pdf");
  });

  it("never returns a path, and nothing when no file is named", () => {
    expect(readContentDispositionFileName("attachment; filename*=UTF-8''..%2F..%2Fetc%2Fpasswd")).toBe(
      "passwd",
    );
    expect(readContentDispositionFileName("attachment")).toBeNull();
    expect(readContentDispositionFileName(null)).toBeNull();
  });
});
