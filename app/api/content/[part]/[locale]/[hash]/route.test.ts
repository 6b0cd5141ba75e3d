import { describe, expect, it } from "vitest";
import { clientContentFile } from "@/i18n/content";
import { GET, POST } from "./route";

function get(url: string, headers: Record<string, string> = {}) {
  const [, , , part = "", locale = "", hash = ""] = url.split("/");
  return GET(new Request(`http://127.0.0.1${url}`, { headers }), {
    params: Promise.resolve({ part, locale, hash }),
  });
}

describe("GET /api/content/{part}/{locale}/{hash}", () => {
  it("answers with the part's content in the language, to be kept for a year", async () => {
    const file = clientContentFile("results", "en");
    const response = await get(file.url);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    const body = (await response.json()) as {
      prerequisites: { title: { da: string; en: string } }[];
      legal: unknown;
    };
    expect(body.legal).toBeDefined();
    expect(body.prerequisites[0]?.title).toEqual({ da: "", en: "Data and technology" });
  });

  it("names each part and language by its own content", () => {
    const urls = [
      clientContentFile("questionnaire", "da").url,
      clientContentFile("questionnaire", "en").url,
      clientContentFile("results", "da").url,
      clientContentFile("results", "en").url,
    ];
    expect(new Set(urls).size).toBe(4);
    expect(urls[0]).toMatch(/^\/api\/content\/questionnaire\/da\/[0-9a-f]{16}$/);
  });

  it("does not answer for content that has changed since (another hash), in the asker's language", async () => {
    const response = await get("/api/content/results/da/0000000000000000", { "accept-language": "en" });
    expect(response.status).toBe(404);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const { error } = (await response.json()) as { error: { message: string } };
    expect(error.message).toContain("reload the page");
  });

  it.each(["/api/content/report/da/x", "/api/content/results/de/x", "/api/content/results//"])(
    "does not answer for %s",
    async (url) => {
      const hash = clientContentFile("results", "da").url.split("/").pop() ?? "";
      const response = await get(url.replace("/x", `/${hash}`));
      expect(response.status).toBe(404);
    },
  );

  it("allows only GET", async () => {
    const response = POST(new Request("http://127.0.0.1/api/content/results/da/x", { method: "POST" }));
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("GET");
  });
});
