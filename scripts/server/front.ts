/**
 * The front of the production server, loaded before Next starts (`npm start` and the container's
 * scripts/server/main.ts): it wraps the HTTP server Next creates, so that every request
 *  - gets a request id (X-Request-Id) and one JSON log line: id, method, path, status, duration,
 *    never a body, a query string or an answer;
 *  - with a method Next cannot handle (TRACE, CONNECT, …) gets 405, and a path whose percent-encoding
 *    is broken gets 400, both with the security headers, before Next sees them;
 *  - that sends its headers or body too slowly is cut off after a limit (REQUEST_TIMEOUT_MS);
 *  - gets the security headers even where Next sets none (its trailing-slash redirect): whatever a
 *    response lacks when its headers go out is filled in, the non-page policy as its CSP.
 * Next's own messages go to the same JSON log.
 */
import { randomUUID } from "node:crypto";
import http from "node:http";
import { format } from "node:util";
import pino from "pino";
import securityHeaders from "../../lib/security/static-security-headers.json";

const logger = pino({ base: null, timestamp: pino.stdTimeFunctions.isoTime });

for (const [method, level] of [
  ["log", "info"],
  ["info", "info"],
  ["warn", "warn"],
  ["error", "error"],
] as const) {
  console[method] = (...args: unknown[]) => logger[level](format(...args));
}

const methods = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);

function setting(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

const requestTimeout = setting("REQUEST_TIMEOUT_MS", 30_000);
const headersTimeout = Math.min(requestTimeout, 20_000);

/** The path of a request address without its query string, or null when its encoding is broken. */
function readPath(url: string): { path: string; valid: boolean } {
  const path = url.split("?")[0] ?? "";
  try {
    decodeURIComponent(path);
    return { path, valid: true };
  } catch {
    return { path, valid: false };
  }
}

/** A request id from a proxy in front, if it looks like one; else a new one. */
function requestId(header: string | string[] | undefined): string {
  return typeof header === "string" && /^[\w.:-]{1,100}$/.test(header) ? header : randomUUID();
}

const refusals = {
  400: {
    code: "bad-address",
    da: "Adressen kan ikke læses: den har en ugyldig %-kode.",
    en: "The address cannot be read: it has an invalid %-encoding.",
  },
  405: {
    code: "method-not-allowed",
    da: "Metoden er ikke tilladt her.",
    en: "The method is not allowed here.",
  },
} as const;

function refuse(
  request: http.IncomingMessage,
  response: http.ServerResponse,
  status: 400 | 405,
  path: string,
) {
  const { code, da, en } = refusals[status];
  response.statusCode = status;
  response.setHeader("Content-Security-Policy", securityHeaders.nonHtmlCsp);
  for (const [name, value] of Object.entries(securityHeaders.common)) response.setHeader(name, value);
  response.setHeader("Cache-Control", "no-store");
  if (status === 405) response.setHeader("Allow", [...methods].join(", "));
  const english = /^\s*en\b/i.test(String(request.headers["accept-language"] ?? ""));
  const message = english ? en : da;
  if (path.startsWith("/api/")) {
    response.setHeader("Content-Type", "application/json; charset=utf-8");
    response.end(JSON.stringify({ error: { status, code, message, issues: [] } }));
  } else {
    response.setHeader("Content-Type", "text/plain; charset=utf-8");
    response.end(`${da}\n${en}\n`);
  }
}

/** Fills in, as the headers go out, the security headers a response lacks; it overrides none. */
function fillSecurityHeaders(response: http.ServerResponse) {
  const writeHead = response.writeHead;
  response.writeHead = function (this: http.ServerResponse, ...args: unknown[]) {
    for (const [name, value] of Object.entries(securityHeaders.common)) {
      if (!this.hasHeader(name)) this.setHeader(name, value);
    }
    if (!this.hasHeader("Content-Security-Policy")) {
      this.setHeader("Content-Security-Policy", securityHeaders.nonHtmlCsp);
    }
    return (writeHead as (...all: unknown[]) => http.ServerResponse).apply(this, args);
  } as typeof response.writeHead;
}

type Listener = (request: http.IncomingMessage, response: http.ServerResponse) => void;

function front(listener: Listener): Listener {
  return (request, response) => {
    const started = performance.now();
    const id = requestId(request.headers["x-request-id"]);
    const { path, valid } = readPath(request.url ?? "/");
    response.setHeader("X-Request-Id", id);
    fillSecurityHeaders(response);
    response.on("close", () => {
      logger.info(
        {
          requestId: id,
          method: request.method,
          path: path.slice(0, 300),
          status: response.statusCode,
          durationMs: Math.round((performance.now() - started) * 10) / 10,
          ...(response.writableFinished ? {} : { aborted: true }),
        },
        "request",
      );
    });
    if (!methods.has(request.method ?? "")) return refuse(request, response, 405, path);
    if (!valid) return refuse(request, response, 400, path);
    listener(request, response);
  };
}

const createServer = http.createServer;
// Next creates its server with http.createServer(listener); it gets the front and the timeouts.
http.createServer = ((...args: unknown[]) => {
  const listener = args.find((arg) => typeof arg === "function") as Listener | undefined;
  const server = createServer(
    { requestTimeout, headersTimeout, connectionsCheckingInterval: 1_000 },
    listener ? front(listener) : undefined,
  );
  return server;
}) as typeof http.createServer;

logger.info({ requestTimeout, headersTimeout }, "server front ready");
