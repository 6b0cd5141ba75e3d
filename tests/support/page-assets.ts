/**
 * A page's first-load weight, measured the same way for this app and for the bare Next page:
 * the gzip size of every `<script src>` in the page's served HTML (not `noModule`: modern
 * browsers skip those) and of every stylesheet link. Next 16 no longer prints First Load JS and
 * `next analyze` counts lazy chunks too; this counts what a first visit must download and run.
 * Sizes are bytes (kB = 1000 bytes), gzip level 9, so they are the same on every run and machine.
 */
import { gzipSync } from "node:zlib";

export interface FirstLoadAssets {
  scripts: string[];
  stylesheets: string[];
}

export interface MeasuredAsset {
  url: string;
  bytes: number;
  gzipBytes: number;
  text: string;
}

export interface PageWeight {
  path: string;
  status: number;
  scripts: MeasuredAsset[];
  stylesheets: MeasuredAsset[];
  jsGzipBytes: number;
  cssGzipBytes: number;
}

const tagPattern = /<(script|link)\b([^>]*)>/gi;
const attributePattern = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;

function readAttributes(source: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const [, name, doubleQuoted, singleQuoted, bare] of source.matchAll(attributePattern)) {
    if (name) attributes.set(name.toLowerCase(), decodeEntities(doubleQuoted ?? singleQuoted ?? bare ?? ""));
  }
  return attributes;
}

function decodeEntities(value: string): string {
  return value
    .replaceAll("&amp;", "&")
    .replaceAll("&quot;", '"')
    .replaceAll("&#x27;", "'")
    .replaceAll("&#39;", "'");
}

/** The scripts and stylesheets a browser loads from the page's HTML, in order, each once. */
export function findFirstLoadAssets(html: string): FirstLoadAssets {
  const scripts = new Set<string>();
  const stylesheets = new Set<string>();
  for (const [, tag, attributeSource] of html.matchAll(tagPattern)) {
    const attributes = readAttributes(attributeSource ?? "");
    if (tag?.toLowerCase() === "script") {
      const src = attributes.get("src");
      if (src && !attributes.has("nomodule")) scripts.add(src);
    } else {
      const rel = (attributes.get("rel") ?? "").toLowerCase().split(/\s+/);
      const href = attributes.get("href");
      if (href && rel.includes("stylesheet")) stylesheets.add(href);
    }
  }
  return { scripts: [...scripts], stylesheets: [...stylesheets] };
}

export function gzipBytes(body: Uint8Array | string): number {
  return gzipSync(body, { level: 9 }).length;
}

async function fetchAsset(url: string): Promise<MeasuredAsset> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  const body = Buffer.from(await response.arrayBuffer());
  return { url, bytes: body.length, gzipBytes: gzipBytes(body), text: body.toString("utf8") };
}

function sumGzip(assets: MeasuredAsset[]): number {
  return assets.reduce((sum, asset) => sum + asset.gzipBytes, 0);
}

/** Fetches the page from a running server and measures its first-load scripts and stylesheets. */
export async function measurePageWeight(baseUrl: string, path: string): Promise<PageWeight> {
  const pageUrl = new URL(path, baseUrl);
  const response = await fetch(pageUrl, { redirect: "follow" });
  const html = await response.text();
  const assets = findFirstLoadAssets(html);
  const scripts = await Promise.all(assets.scripts.map((src) => fetchAsset(new URL(src, pageUrl).href)));
  const stylesheets = await Promise.all(
    assets.stylesheets.map((href) => fetchAsset(new URL(href, pageUrl).href)),
  );
  return {
    path,
    status: response.status,
    scripts,
    stylesheets,
    jsGzipBytes: sumGzip(scripts),
    cssGzipBytes: sumGzip(stylesheets),
  };
}

/**
 * Strings that survive minification in @react-pdf/renderer's browser build and in the pdfkit it
 * bundles; none occurs in Next, React or this app's client code. Checked against a bare Next
 * page that imports @react-pdf/renderer in a client component (see docs/performance.md).
 */
export const pdfLibrarySignatures = ["FlateDecode", "PDFDownloadLink", "@react-pdf"] as const;

/** The scripts that contain the PDF library, with the signature found in each. */
export function findPdfLibrary(scripts: MeasuredAsset[]): { url: string; signature: string }[] {
  return scripts.flatMap((script) => {
    const signature = pdfLibrarySignatures.find((candidate) => script.text.includes(candidate));
    return signature ? [{ url: script.url, signature }] : [];
  });
}

/** 148 263 -> "148.3 kB". */
export function formatKilobytes(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} kB`;
}
