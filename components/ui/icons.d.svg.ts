import type { StaticImageData } from "next/image";

/**
 * The icon sprite, imported by icon.tsx: Next gives its served address (and size), Vitest's
 * bundler the address alone.
 */
declare const sprite: StaticImageData | string;
export default sprite;
