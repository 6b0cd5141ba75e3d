/**
 * A cache for text shaping, the costliest step of laying out the report. react-pdf shapes every
 * run of text with fontkit's `font.layout`, and shapes the same strings again and again: the page
 * header and footer on every page and every pagination pass, and the content's own texts in
 * every report. react-pdf does not change the glyph runs fontkit returns (it copies the
 * positions before adjusting them), so a cached run can be handed out again.
 *
 * Two tiers keep user text out of memory between requests: strings from the content and the
 * report's fixed texts are kept for the life of the process; every other string is kept only
 * while a report is being rendered, and forgotten as soon as no render is in flight.
 */

type LayoutMethod = (text: string, ...rest: unknown[]) => unknown;
type ShapableFont = { layout: LayoutMethod };

interface FontTiers {
  permanent: Map<string, unknown>;
  transient: Map<string, unknown>;
}

export interface ShapingCache {
  /** Wraps a fontkit font's `layout` (once per font; later calls do nothing). */
  install: (font: unknown) => void;
  /** Runs a render with the per-render tier open; clears that tier when the last render ends. */
  during: <T>(render: () => Promise<T>) => Promise<T>;
  /** Entries in each tier. */
  size: () => { permanent: number; transient: number };
}

/** Upper bound for the per-render tier, should one report hold unusually much distinct text. */
const MAX_TRANSIENT = 20_000;

function isShapable(font: unknown): font is ShapableFont {
  return (
    typeof font === "object" && font !== null && typeof (font as { layout?: unknown }).layout === "function"
  );
}

export function createShapingCache(isPermanent: (text: string) => boolean): ShapingCache {
  const installed = new WeakSet<object>();
  const allTiers: FontTiers[] = [];
  let inFlight = 0;

  const install = (font: unknown): void => {
    if (!isShapable(font) || installed.has(font)) return;
    const original = font.layout.bind(font);
    const tiers: FontTiers = { permanent: new Map(), transient: new Map() };
    font.layout = (text: string, ...rest: unknown[]) => {
      const key = `${JSON.stringify(rest)}\u0000${text}`;
      const keep = isPermanent(text);
      const tier = keep ? tiers.permanent : tiers.transient;
      const hit = tier.get(key);
      if (hit !== undefined) return hit;
      const run = original(text, ...rest);
      if (keep || (inFlight > 0 && tiers.transient.size < MAX_TRANSIENT)) tier.set(key, run);
      return run;
    };
    installed.add(font);
    allTiers.push(tiers);
  };

  const during = async <T>(render: () => Promise<T>): Promise<T> => {
    inFlight += 1;
    try {
      return await render();
    } finally {
      inFlight -= 1;
      if (inFlight === 0) for (const tiers of allTiers) tiers.transient.clear();
    }
  };

  const size = () => ({
    permanent: allTiers.reduce((sum, tiers) => sum + tiers.permanent.size, 0),
    transient: allTiers.reduce((sum, tiers) => sum + tiers.transient.size, 0),
  });

  return { install, during, size };
}
