import { describe, expect, it } from "vitest";
import { findFirstLoadAssets, findPdfLibrary, gzipBytes, type MeasuredAsset } from "./page-assets";

const servedHtml = `<!DOCTYPE html><html lang="da"><head>
<link rel="stylesheet" href="/_next/static/chunks/a.css" nonce="x" data-precedence="next"/>
<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/late.js"/>
<link rel="icon" href="/icon.svg"/>
<script src="/_next/static/chunks/main.js" async="" nonce="x"></script>
<script src="/_next/static/chunks/main.js" async="" nonce="x"></script>
<script src="/_next/static/chunks/polyfills.js" noModule="" nonce="x"></script>
<script nonce="x">self.__next_f.push([0])</script>
</head><body><script src="/_next/static/chunks/late.js?v=1&amp;x=2" async=""></script></body></html>`;

function asset(url: string, text: string): MeasuredAsset {
  return { url, text, bytes: text.length, gzipBytes: gzipBytes(text) };
}

describe("findFirstLoadAssets", () => {
  it("counts every script a modern browser loads from the HTML, once each, and skips noModule", () => {
    expect(findFirstLoadAssets(servedHtml).scripts).toEqual([
      "/_next/static/chunks/main.js",
      "/_next/static/chunks/late.js?v=1&x=2",
    ]);
  });

  it("counts stylesheets, not preloads or icons", () => {
    expect(findFirstLoadAssets(servedHtml).stylesheets).toEqual(["/_next/static/chunks/a.css"]);
  });
});

describe("findPdfLibrary", () => {
  it("names the first-load script that carries the PDF library", () => {
    const scripts = [
      asset("/a.js", "let e=1;function t(){return e}"),
      asset("/b.js", 'this._write("/Filter /FlateDecode")'),
    ];
    expect(findPdfLibrary(scripts)).toEqual([{ url: "/b.js", signature: "FlateDecode" }]);
  });

  it("finds nothing in scripts without it", () => {
    expect(findPdfLibrary([asset("/a.js", "export const pdfLink = '/api/report';")])).toEqual([]);
  });
});

describe("gzipBytes", () => {
  it("gives the same size for the same bytes every time", () => {
    const text = "const message = 'Er jeres AI-projekt klar til at starte?';".repeat(50);
    expect(gzipBytes(text)).toBe(gzipBytes(Buffer.from(text)));
    expect(gzipBytes(text)).toBeLessThan(text.length / 5);
  });
});
