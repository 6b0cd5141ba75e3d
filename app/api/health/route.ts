import { content } from "@/content";
import { methodNotAllowed, negotiateLocale } from "@/lib/api/api-response";
import { MODEL_VERSION } from "@/lib/engine/model-version";
import packageJson from "@/package.json";
import { toResponse } from "../to-response";
import { reportQueueStatus } from "../report/report-pool";

export const dynamic = "force-dynamic";

/**
 * For load balancers and the container's health check: that the service answers, which version of
 * the tool, model and content it runs, and how many reports are being made or waiting. No answers.
 */
export function GET(): Response {
  return Response.json(
    {
      status: "ok",
      version: packageJson.version,
      modelVersion: MODEL_VERSION,
      contentVersion: content.version,
      reports: reportQueueStatus(),
    },
    { headers: { "Cache-Control": "no-store" } },
  );
}

function notAllowed(request: Request): Response {
  return toResponse(methodNotAllowed(request.method, ["GET"], negotiateLocale(request)));
}

export { notAllowed as POST, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
