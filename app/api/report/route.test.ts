import { describe, expect, it } from "vitest";
import { MAX_BODY_BYTES } from "@/lib/api/read-json-body";
import { buildFullyAnsweredDocument, buildRealisticDocument } from "@/lib/report/report-test-documents";
import { readPdf } from "@/components/pdf/read-pdf";
import { GET, POST } from "./route";

function post(body: string, { contentType = "application/json", query = "" } = {}): Request {
  return new Request(`http://127.0.0.1/api/report${query}`, {
    method: "POST",
    headers: { "content-type": contentType, "accept-language": "da" },
    body,
  });
}

async function errorOf(response: Response): Promise<{ status: number; code: string; message: string }> {
  const body = (await response.json()) as { error: { status: number; code: string; message: string } };
  return body.error;
}

describe("POST /api/report", { timeout: 120_000 }, () => {
  it("answers malformed JSON with a 400 that says so", async () => {
    const response = await POST(post("{not json"));
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toContain("application/json");
    expect((await errorOf(response)).message).toContain("ikke gyldig JSON");
  });

  it("answers an invalid document with a 400 that names the field", async () => {
    const doc = buildRealisticDocument("da");
    const response = await POST(post(JSON.stringify({ ...doc, project: { ...doc.project, title: "" } })));
    expect(response.status).toBe(400);
    const error = await errorOf(response);
    expect(error.code).toBe("invalid-document");
    expect(error.message).toContain("project.title");
  });

  it("refuses notes over their budget for all notes together with a 400 that names the answers", async () => {
    const doc = buildFullyAnsweredDocument("da", "Lang note. ".repeat(90));
    const response = await POST(post(JSON.stringify(doc)));
    expect(response.status).toBe(400);
    const error = await errorOf(response);
    expect(error.code).toBe("invalid-document");
    expect(error.message).toContain("answers");
    expect(error.message).toContain("alle noter må tilsammen højst have 20.000 tegn og 400 linjeskift");
  });

  it("refuses a body over the limit with a 413", async () => {
    const response = await POST(post(`{"padding":"${"x".repeat(MAX_BODY_BYTES)}"}`));
    expect(response.status).toBe(413);
  });

  it("refuses a body that is not JSON with a 415", async () => {
    const response = await POST(post("{}", { contentType: "text/plain" }));
    expect(response.status).toBe(415);
  });

  it("refuses GET with a 405 that names the allowed method", async () => {
    const response = GET(new Request("http://127.0.0.1/api/report?lang=en"));
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("POST");
    expect((await errorOf(response)).message).toContain("Use POST");
  });

  it("sends the report as a PDF download named after the project, never cached", async () => {
    const response = await POST(post(JSON.stringify(buildRealisticDocument("da")), { query: "?lang=en" }));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("content-language")).toBe("en");
    const disposition = response.headers.get("content-disposition") ?? "";
    expect(disposition).toMatch(
      /^attachment; filename="ai-parathed-fordeling-af-skriftlige-henvendelser-i-borgerservice-\d{4}-\d{2}-\d{2}\.pdf"; filename\*=UTF-8''ai-parathed-/,
    );
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(new TextDecoder().decode(bytes.subarray(0, 5))).toBe("%PDF-");
    expect(Number(response.headers.get("content-length"))).toBe(bytes.byteLength);
  });

  it("sends the same report as a Word document with ?format=docx", async () => {
    const response = await POST(
      post(JSON.stringify(buildRealisticDocument("da")), { query: "?format=docx" }),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    );
    expect(response.headers.get("content-language")).toBe("da");
    expect(response.headers.get("content-disposition")).toMatch(/filename="ai-parathed-[a-z0-9-]+\.docx"/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    // A .docx is a zip file: it starts with "PK".
    expect(new TextDecoder().decode(bytes.subarray(0, 2))).toBe("PK");
  });

  it("checks a document asked for as Word as it checks one for the PDF", async () => {
    const doc = buildRealisticDocument("da");
    const invalid = JSON.stringify({ ...doc, project: { ...doc.project, title: "" } });
    const response = await POST(post(invalid, { query: "?format=docx" }));
    expect(response.status).toBe(400);
    expect((await errorOf(response)).message).toContain("project.title");
  });

  describe("with an earlier file of the project as `previous`", () => {
    const current = { ...buildRealisticDocument("da"), projectId: "vejskader-faxe-0001" };
    const earlier = {
      ...current,
      answers: { ...current.answers, "dfirst-data-owner": { type: "dont-know" as const } },
      updatedAt: "2026-09-01T09:00:00+02:00",
    };

    it("adds a section on the progress since, with the changed answer, to the PDF", async () => {
      const response = await POST(post(JSON.stringify({ ...current, previous: earlier })));
      expect(response.status).toBe(200);
      const pdf = await readPdf(new Uint8Array(await response.arrayBuffer()));
      expect(pdf.text).toContain("Udvikling siden den tidligere fil");
      expect(pdf.text).toContain("1 svar er ændret");
    });

    it("answers an invalid earlier file with a 400 that names its field under previous", async () => {
      const invalid = { ...earlier, project: { ...earlier.project, title: "" } };
      const response = await POST(post(JSON.stringify({ ...current, previous: invalid })));
      expect(response.status).toBe(400);
      const error = await errorOf(response);
      expect(error.code).toBe("invalid-previous");
      expect(error.message).toContain("Den tidligere fil");
      expect(error.message).toContain("previous.project.title");
    });

    it("refuses an earlier file of another project, in the user's language, and names it", async () => {
      const other = {
        ...earlier,
        projectId: "another-project-0001",
        project: { ...earlier.project, title: "Chatbot" },
      };
      const response = await POST(
        post(JSON.stringify({ ...current, previous: other }), { query: "?lang=en" }),
      );
      expect(response.status).toBe(400);
      const error = await errorOf(response);
      expect(error.code).toBe("previous-other-project");
      expect(error.message).toContain("another project (“Chatbot”)");
    });
  });
});
