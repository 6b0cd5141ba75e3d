import { describe, expect, it } from "vitest";
import { summarizeCitations } from "./build-method";

describe("summarizeCitations", () => {
  it("gives the shared part once when citations differ only in the article", () => {
    expect(
      summarizeCitations(["EUR-Lex OJ L 2024/1689, Article 5", "EUR-Lex OJ L 2024/1689, Article 27"]),
    ).toEqual(["EUR-Lex OJ L 2024/1689"]);
  });

  it("lists citations that share nothing as they are", () => {
    expect(summarizeCitations(["WP248", "Datatilsynet, case 2023-212-0015"])).toEqual([
      "WP248",
      "Datatilsynet, case 2023-212-0015",
    ]);
    expect(summarizeCitations(["ft.dk L 154 (2024-25)"])).toEqual(["ft.dk L 154 (2024-25)"]);
  });
});
