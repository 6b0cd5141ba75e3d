import type { ApiResponse } from "@/lib/api/api-response";

export function toResponse(response: ApiResponse): Response {
  return Response.json(response.body, {
    status: response.status,
    headers: { "Cache-Control": "no-store", ...response.headers },
  });
}
