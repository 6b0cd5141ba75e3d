import type { Locale } from "@/lib/schemas/common";

export const usage = `Usage: npm run assess -- <answers.json> [--lang da|en] [--json] [--pdf <out.pdf>] [--business-case]`;

export interface CliArgs {
  file: string;
  lang: Locale | null;
  json: boolean;
  pdf: string | null;
  /** Also print the closest cases' economics and the document's own business case estimate. */
  businessCase: boolean;
}

export function parseCliArgs(argv: string[]): { ok: true; value: CliArgs } | { ok: false; message: string } {
  const value: CliArgs = { file: "", lang: null, json: false, pdf: null, businessCase: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--json") value.json = true;
    else if (arg === "--business-case") value.businessCase = true;
    else if (arg === "--lang") {
      const lang = argv[++i];
      if (lang !== "da" && lang !== "en")
        return { ok: false, message: `--lang takes da or en, not "${lang ?? ""}"` };
      value.lang = lang;
    } else if (arg === "--pdf") {
      const out = argv[++i];
      if (!out || out.startsWith("--")) return { ok: false, message: "--pdf takes the output file name" };
      value.pdf = out;
    } else if (arg?.startsWith("--")) return { ok: false, message: `Unknown option ${arg}` };
    else if (arg && !value.file) value.file = arg;
    else if (arg) return { ok: false, message: `Only one answers file, not also "${arg}"` };
  }
  if (!value.file) return { ok: false, message: "Name the answers file." };
  return { ok: true, value };
}
