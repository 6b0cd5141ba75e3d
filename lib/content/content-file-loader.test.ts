import { describe, expect, it, vi } from "vitest";
import { content } from "@/content";
import { createContentFileLoader, ContentFileError, hasClientContentShape } from "./content-file-loader";
import { pickResultsContent } from "./results-content";

const resultsContent = pickResultsContent(content);

function answer(body: unknown, ok = true) {
  return Promise.resolve({ ok, json: () => Promise.resolve(body) });
}

describe("the content file loader", () => {
  it("gives the content the server sent", async () => {
    const loader = createContentFileLoader(() => answer(JSON.parse(JSON.stringify(resultsContent))));
    await expect(loader.load("/api/content/results/da/abc")).resolves.toEqual(resultsContent);
  });

  it("asks the server once for an address, however many views want it", async () => {
    const fetchFile = vi.fn(() => answer(resultsContent));
    const loader = createContentFileLoader(fetchFile);
    await Promise.all([loader.load("/a"), loader.load("/a"), loader.load("/a")]);
    await loader.load("/a");
    expect(fetchFile).toHaveBeenCalledTimes(1);
  });

  it("has nothing to show before the file arrives, and the content once it has", async () => {
    const loader = createContentFileLoader(() => answer(resultsContent));
    expect(loader.peek("/a")).toBeNull();
    await loader.load("/a");
    expect(loader.peek("/a")).toEqual(resultsContent);
  });

  it.each([
    ["the connection fails", () => Promise.reject(new TypeError("Failed to fetch")), "network"],
    ["the server answers with an error", () => answer({ error: { status: 404 } }, false), "status"],
    [
      "the answer is not JSON",
      () => Promise.resolve({ ok: true, json: () => Promise.reject(new SyntaxError("x")) }),
      "shape",
    ],
    ["the answer is not the content", () => answer({ version: "1", questions: [] }), "shape"],
  ])("fails with a reason when %s", async (_case, fetchFile, reason) => {
    const loader = createContentFileLoader(fetchFile);
    const failure = await loader.load("/a").catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ContentFileError);
    expect((failure as ContentFileError).reason).toBe(reason);
    expect(loader.peek("/a")).toBeNull();
  });

  it("tries again after a failure instead of keeping it", async () => {
    const fetchFile = vi
      .fn<() => ReturnType<typeof answer>>()
      .mockImplementationOnce(() => Promise.reject(new TypeError("offline")))
      .mockImplementation(() => answer(resultsContent));
    const loader = createContentFileLoader(fetchFile);
    await expect(loader.load("/a")).rejects.toBeInstanceOf(ContentFileError);
    await expect(loader.load("/a")).resolves.toEqual(resultsContent);
    expect(fetchFile).toHaveBeenCalledTimes(2);
  });
});

describe("the content's shape", () => {
  it("is what both parts of the content have", () => {
    expect(hasClientContentShape(resultsContent)).toBe(true);
    expect(hasClientContentShape({ ...resultsContent, cases: "atp" })).toBe(false);
    expect(hasClientContentShape(null)).toBe(false);
    expect(hasClientContentShape("<!DOCTYPE html>")).toBe(false);
  });
});
