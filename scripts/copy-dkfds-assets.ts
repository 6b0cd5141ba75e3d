/**
 * Copies the DKFDS icons this site uses from node_modules/dkfds into components/ui/icons.svg, a
 * small sprite that the bundler serves from the site itself under a name with its hash. Run it
 * after changing components/ui/icon-names.ts or upgrading dkfds:  npx tsx scripts/copy-dkfds-assets.ts
 * (The fonts need no copying: the bundler follows the url()s in dkfds.min.css and serves them.)
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { iconNames, iconSpriteFile } from "../components/ui/icon-names";

const root = join(__dirname, "..");
const source = join(root, "node_modules/dkfds/dist/img/all-svg-icons.svg");
const target = join(root, iconSpriteFile);

function extractSymbols(sprite: string): Map<string, string> {
  const symbols = new Map<string, string>();
  for (const match of sprite.matchAll(/<symbol id="([^"]+)"[\s\S]*?<\/symbol>/g)) {
    const [symbol, id] = match;
    if (id) symbols.set(id, symbol);
  }
  return symbols;
}

const symbols = extractSymbols(readFileSync(source, "utf8"));
const missing = iconNames.filter((name) => !symbols.has(name));
if (missing.length > 0) {
  console.error(`Not in dkfds: ${missing.join(", ")}`);
  process.exit(1);
}

const picked = iconNames.map((name) => symbols.get(name)).join("\n");
// The root's width and height mean nothing to the icons; Next's import of an .svg file needs them.
mkdirSync(dirname(target), { recursive: true });
writeFileSync(
  target,
  `<?xml version="1.0" encoding="UTF-8"?>\n<!-- Icons from dkfds (Material Symbols, Apache-2.0), copied by scripts/copy-dkfds-assets.ts -->\n<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24">\n${picked}\n</svg>\n`,
);
console.log(`Wrote ${iconNames.length} icons to ${target}`);
