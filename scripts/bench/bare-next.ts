/**
 * The reference for the JavaScript budgets: a bare Next app (a root layout and one page with an
 * <h1>) built in a temporary folder outside the repo with the repo's own node_modules (a
 * symlink), so it runs exactly the Next and React versions the app runs.
 */
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, parse, sep } from "node:path";
import { buildNext, startNext } from "./next-server";
import { measurePageWeight, type PageWeight } from "../../tests/support/page-assets";

const repoRoot = join(__dirname, "../..");

export interface BarePageMeasure<T> {
  next: string;
  react: string;
  weight: PageWeight;
  /** Whatever `alsoWhileServing` returned. */
  extra: T;
}

function readVersion(name: string): string {
  const manifest: unknown = JSON.parse(
    readFileSync(join(repoRoot, "node_modules", name, "package.json"), "utf8"),
  );
  if (
    typeof manifest === "object" &&
    manifest !== null &&
    "version" in manifest &&
    typeof manifest.version === "string"
  ) {
    return manifest.version;
  }
  throw new Error(`no version in node_modules/${name}/package.json`);
}

/** The deepest folder containing both paths: Turbopack compiles only files below its root. */
function commonRoot(a: string, b: string): string {
  const partsA = a.split(sep);
  const partsB = b.split(sep);
  let length = 0;
  while (length < partsA.length && partsA[length] === partsB[length]) length += 1;
  return partsA.slice(0, length).join(sep) || parse(a).root;
}

const files: Record<string, string> = {
  "package.json": JSON.stringify({ name: "bare-next", private: true }, null, 2),
  "app/layout.jsx": `export const metadata = { title: "Bare Next page" };

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
`,
  "app/page.jsx": `export default function Page() {
  return (
    <main>
      <h1>Bare Next page</h1>
    </main>
  );
}
`,
};

/** Writes the bare app to a fresh temporary folder and returns the folder. */
export function writeBareApp(): string {
  const dir = join(tmpdir(), "ai-parathed-bare-next");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, "app"), { recursive: true });
  for (const [path, text] of Object.entries(files)) writeFileSync(join(dir, path), text);
  // node_modules is the repo's; Turbopack must be allowed to compile files that live there.
  const root = commonRoot(dir, repoRoot);
  writeFileSync(
    join(dir, "next.config.js"),
    `module.exports = { turbopack: { root: ${JSON.stringify(root)} } };\n`,
  );
  symlinkSync(join(repoRoot, "node_modules"), join(dir, "node_modules"), "dir");
  return dir;
}

/**
 * Builds the bare app, serves it, and measures its page as the app's pages are measured;
 * `alsoWhileServing` gets the page's address to measure more (e.g. Lighthouse) before it stops.
 */
export async function measureBarePage<T>(
  alsoWhileServing: (url: string) => Promise<T>,
): Promise<BarePageMeasure<T>> {
  const dir = writeBareApp();
  const project = { dir, nextBin: join(repoRoot, "node_modules/next/dist/bin/next") };
  await buildNext(project);
  const server = await startNext(project);
  try {
    const weight = await measurePageWeight(server.url, "/");
    if (weight.status !== 200) throw new Error(`the bare page answered ${weight.status}`);
    const extra = await alsoWhileServing(`${server.url}/`);
    return { next: readVersion("next"), react: readVersion("react"), weight, extra };
  } finally {
    await server.stop();
  }
}
