import { strFromU8, strToU8, unzlibSync, zlibSync } from "fflate";
import type { AnswersDocument } from "../schemas/answers";

/**
 * A shared link carries the answers document in its fragment (the part after "#", which
 * browsers never send to a server): "a<version>.<zlib-compressed JSON, base64url>". zlib's
 * checksum makes an altered or cut-off link fail to open rather than open with other answers.
 */
export const SHARE_FORMAT_VERSION = 1;
const prefix = /^a(\d{1,4})\.([A-Za-z0-9_-]*)$/;

/** The limit the issue sets for the largest example: some mail and chat tools cut longer links. */
export const MAX_SHARE_LINK_LENGTH = 8000;

export type ShareLinkReadResult =
  | { ok: true; document: unknown }
  | { ok: false; reason: "empty" | "not-a-share-link" | "too-new" | "damaged" };

function toBase64Url(bytes: Uint8Array): string {
  let binary = "";
  for (let index = 0; index < bytes.length; index += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
  }
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): Uint8Array | null {
  if (text.length % 4 === 1) return null;
  try {
    const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
    return Uint8Array.from(binary, (character) => character.charCodeAt(0));
  } catch {
    return null;
  }
}

/** zlib's Adler-32 checksum, which fflate writes but does not check when it decompresses. */
function adler32(bytes: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (let start = 0; start < bytes.length; start += 5552) {
    const end = Math.min(start + 5552, bytes.length);
    for (let index = start; index < end; index += 1) {
      a += bytes[index] ?? 0;
      b += a;
    }
    a %= 65521;
    b %= 65521;
  }
  return ((b << 16) | a) >>> 0;
}

function storedChecksum(bytes: Uint8Array): number {
  const at = bytes.length - 4;
  return (
    (((bytes[at] ?? 0) << 24) |
      ((bytes[at + 1] ?? 0) << 16) |
      ((bytes[at + 2] ?? 0) << 8) |
      (bytes[at + 3] ?? 0)) >>>
    0
  );
}

/** The fragment (without "#") that carries the document. */
export function encodeShareFragment(document: AnswersDocument): string {
  const bytes = zlibSync(strToU8(JSON.stringify(document)), { level: 9 });
  return `a${SHARE_FORMAT_VERSION}.${toBase64Url(bytes)}`;
}

/**
 * The document a fragment carries, as parsed JSON for the caller to validate (and migrate):
 * or why there is none, so the page can say so and change nothing.
 */
export function decodeShareFragment(fragment: string): ShareLinkReadResult {
  const text = fragment.replace(/^#/, "").trim();
  if (text === "") return { ok: false, reason: "empty" };
  const match = prefix.exec(text);
  if (!match) return { ok: false, reason: "not-a-share-link" };
  if (Number(match[1]) > SHARE_FORMAT_VERSION) return { ok: false, reason: "too-new" };
  if (Number(match[1]) < 1) return { ok: false, reason: "not-a-share-link" };
  const bytes = fromBase64Url(match[2] ?? "");
  if (!bytes || bytes.length === 0) return { ok: false, reason: "damaged" };
  try {
    const inflated = unzlibSync(bytes);
    if (bytes.length < 6 || adler32(inflated) !== storedChecksum(bytes))
      return { ok: false, reason: "damaged" };
    const json = strFromU8(inflated);
    return { ok: true, document: JSON.parse(json) as unknown };
  } catch {
    return { ok: false, reason: "damaged" };
  }
}
