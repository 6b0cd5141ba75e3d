/**
 * npx tsx scripts/build/assemble-standalone.ts [dist-dir]   (run by `npm run build` last)
 *
 * Makes Next's standalone output a complete server folder, as the Dockerfile copies it: Next's
 * server.js with the packages it uses (and the report thread, next.config.js), plus what Next
 * leaves out: the static files of /_next/static and public/, and the entry main.cjs
 * (scripts/server/main.ts). Run it with `node main.cjs` in that folder.
 */
import { cpSync, existsSync } from "node:fs";
import path from "node:path";

export function assembleStandalone(root: string, distDir: string): string {
  const standalone = path.join(root, distDir, "standalone");
  if (!existsSync(path.join(standalone, "server.js")))
    throw new Error(`No standalone server in ${standalone}`);
  cpSync(path.join(root, distDir, "static"), path.join(standalone, distDir, "static"), { recursive: true });
  const publicFolder = path.join(root, "public");
  if (existsSync(publicFolder)) cpSync(publicFolder, path.join(standalone, "public"), { recursive: true });
  cpSync(path.join(root, "build", "server", "main.cjs"), path.join(standalone, "main.cjs"));
  return standalone;
}

if (require.main === module) {
  const distDir = process.argv[2] ?? process.env.NEXT_DIST_DIR ?? ".next";
  console.log(`Standalone server: ${assembleStandalone(process.cwd(), distDir)}/main.cjs`);
}
