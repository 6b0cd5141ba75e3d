import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";

/**
 * The files below `dir` (in every subfolder, node_modules left out) whose name passes `test`;
 * none when the folder does not exist.
 */
export function listFiles(dir: string, test: (name: string) => boolean): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" ? [] : listFiles(path, test);
    return test(entry.name) ? [path] : [];
  });
}
