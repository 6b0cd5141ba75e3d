import { describe, expect, it } from "vitest";
import { buildPageCsp, commonSecurityHeaders, createNonce, nonHtmlCsp } from "./security-headers";

describe("the page Content-Security-Policy", () => {
  it("allows scripts only with the request's nonce, never unsafe-inline", () => {
    const csp = buildPageCsp("abc123");
    const scriptSrc = csp.split("; ").find((d) => d.startsWith("script-src")) ?? "";
    expect(scriptSrc).toContain("'nonce-abc123'");
    expect(scriptSrc).not.toContain("unsafe-inline");
    expect(scriptSrc).not.toContain("unsafe-eval");
  });

  it("forbids framing and any other origin", () => {
    const csp = buildPageCsp("n");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toMatch(/https?:/);
  });
});

describe("the other security headers", () => {
  it("sets nosniff, no-referrer and a restrictive Permissions-Policy", () => {
    expect(commonSecurityHeaders["X-Content-Type-Options"]).toBe("nosniff");
    expect(commonSecurityHeaders["Referrer-Policy"]).toBe("no-referrer");
    expect(commonSecurityHeaders["Permissions-Policy"]).toContain("camera=()");
    expect(nonHtmlCsp).toContain("default-src 'none'");
  });

  it("makes a fresh nonce each time", () => {
    expect(createNonce()).not.toBe(createNonce());
    expect(createNonce()).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});
