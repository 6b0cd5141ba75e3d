import { parseJsonText } from "../engine/validate-answers";
import type { Locale } from "../schemas/common";
import { errorResponse, type ApiResponse } from "./api-response";

/** Answers documents are small (tens of kB); anything near this limit is not one. The default of BODY_LIMIT_KB. */
export const MAX_BODY_BYTES = 512 * 1024;

export type BodyResult = { ok: true; value: unknown } | { ok: false; response: ApiResponse };

type MediaTypeCheck = "json" | "not-json" | "not-utf-8";

/** application/json or application/…+json; a charset, if given, must be UTF-8 (RFC 8259). */
function checkMediaType(contentType: string): MediaTypeCheck {
  const [essence = "", ...parameters] = contentType.split(";");
  if (!/^application\/(?:[a-z0-9!#$&^_.+-]+\+)?json$/i.test(essence.trim())) return "not-json";
  for (const parameter of parameters) {
    const [name = "", value = ""] = parameter.split("=");
    if (name.trim().toLowerCase() !== "charset") continue;
    const charset = value
      .trim()
      .replace(/^"(.*)"$/, "$1")
      .toLowerCase();
    if (charset !== "utf-8" && charset !== "utf8") return "not-utf-8";
  }
  return "json";
}

type BodyText = { ok: true; text: string } | { ok: false; reason: "too-large" | "unreadable" | "not-utf-8" };

/**
 * Reads a JSON request body without trusting it: checks the content type, refuses bodies over
 * the limit before and while reading (a missing or false Content-Length does not help), refuses
 * bytes that are not UTF-8 rather than silently replacing them, and turns a parse error into a
 * 400 that says what is wrong and where, in the user's language.
 */
export async function readJsonBody(
  request: Request,
  locale: Locale,
  limit = MAX_BODY_BYTES,
): Promise<BodyResult> {
  const fail = (response: ApiResponse): BodyResult => ({ ok: false, response });
  const mediaType = checkMediaType(request.headers.get("content-type") ?? "");
  if (mediaType === "not-json") return fail(errorResponse(415, "unsupported-media-type", locale));
  if (mediaType === "not-utf-8") return fail(errorResponse(415, "unsupported-charset", locale));
  const tooLarge = () =>
    fail(errorResponse(413, "payload-too-large", locale, { limit: Math.floor(limit / 1024) }));
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > limit) return tooLarge();

  const body = await readTextWithLimit(request, limit);
  if (!body.ok) {
    if (body.reason === "too-large") return tooLarge();
    if (body.reason === "unreadable") return fail(errorResponse(400, "unreadable-body", locale));
    return fail(errorResponse(400, "invalid-encoding", locale));
  }
  if (body.text.trim() === "") return fail(errorResponse(400, "empty-body", locale));
  const parsed = parseJsonText(body.text, locale);
  if (!parsed.ok) return fail(errorResponse(400, "invalid-json", locale, {}, parsed.issues));
  return { ok: true, value: parsed.value };
}

async function readTextWithLimit(request: Request, limit: number): Promise<BodyText> {
  if (!request.body) return { ok: true, text: "" };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        await reader.cancel();
        return { ok: false, reason: "too-large" };
      }
      chunks.push(value);
    }
  } catch {
    // The client went away or the stream broke mid-body: a request problem, not a server error.
    return { ok: false, reason: "unreadable" };
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  try {
    // A leading byte order mark is dropped; any other invalid byte is refused, never replaced.
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, reason: "not-utf-8" };
  }
}
