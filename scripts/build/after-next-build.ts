/**
 * npx tsx scripts/build/after-next-build.ts [dist-dir]   (run by `npm run build` after `next build`)
 *
 * The steps every production build gets after `next build`, in one place for `npm run build` and
 * the benchmark's build (scripts/bench/app-build.ts): compile hints on the start-up scripts
 * (compile-hints.ts), then the DKFDS rules no page can match dropped (prune-css.ts).
 */
import { addCompileHints } from "./compile-hints";
import { pruneBuiltStylesheets } from "./prune-css";

export function finishBuild(distDir: string, root: string): string[] {
  const { marked, startupChunks } = addCompileHints(distDir);
  const { files, before, after } = pruneBuiltStylesheets(distDir, root);
  return [
    `Compile hints: ${marked} of ${startupChunks} start-up chunks marked in ${distDir}`,
    `Unused DKFDS rules: ${files} stylesheets in ${distDir}, ${before} → ${after} bytes`,
  ];
}

if (require.main === module) {
  const distDir = process.argv[2] ?? process.env.NEXT_DIST_DIR ?? ".next";
  for (const line of finishBuild(distDir, process.cwd())) console.log(line);
}
