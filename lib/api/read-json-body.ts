import type { Locale } from "../schemas/common";
import { errorResponse, type ApiResponse } from "./api-response";

/** Answers documents are small (tens of kB); anything near this limit is not one. */
export const MAX_BODY_BYTES = 512 * 1024;

export type BodyResult = { ok: true; value: unknown } | { ok: false; response: ApiResponse };

/**
 * Reads a JSON request body without trusting it: checks the content type, refuses bodies over
 * the limit before and while reading (a missing or false Content-Length does not help), and
 * turns a parse error into a 400 that says what is wrong.
 */
export async function readJsonBody(request: Request, locale: Locale): Promise<BodyResult> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!/^application\/([a-z0-9.+-]+\+)?json\b/i.test(contentType.trim())) {
    return { ok: false, response: errorResponse(415, "unsupported-media-type", locale) };
  }
  const tooLarge = (): BodyResult => ({
    ok: false,
    response: errorResponse(413, "payload-too-large", locale, { limit: MAX_BODY_BYTES / 1024 }),
  });
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > MAX_BODY_BYTES) return tooLarge();

  const text = await readTextWithLimit(request, MAX_BODY_BYTES);
  if (text === null) return tooLarge();
  if (text.trim() === "") return { ok: false, response: errorResponse(400, "empty-body", locale) };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, response: errorResponse(400, "invalid-json", locale, { detail }) };
  }
}

async function readTextWithLimit(request: Request, limit: number): Promise<string | null> {
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder("utf-8", { fatal: false }).decode(bytes);
}
