import type { IconName } from "./icon-names";
import spriteFile from "./icons.svg";

/**
 * The sprite's address: Next serves the imported file as /_next/static/media/icons.<hash>.svg,
 * which the browser may keep for a year, so a page asks for it once (from /dkfds/icons.svg,
 * served with max-age=0, the browser checked it again for icons added later: two more round
 * trips on the results page). Its type: icons.d.svg.ts.
 */
const iconSpriteUrl = typeof spriteFile === "string" ? spriteFile : spriteFile.src;

interface IconProps {
  name: IconName;
  /** Give a label only when the icon alone carries meaning; decorative icons are hidden. */
  label?: string;
  className?: string;
}

/** A DKFDS icon from the site's own sprite (components/ui/icons.svg). */
export function Icon({ name, label, className }: IconProps) {
  const classes = className ? `icon-svg ${className}` : "icon-svg";
  return (
    <svg
      className={classes}
      focusable="false"
      {...(label ? { role: "img", "aria-label": label } : { "aria-hidden": true })}
    >
      <use href={`${iconSpriteUrl}#${name}`} />
    </svg>
  );
}
