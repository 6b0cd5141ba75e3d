import { iconSpritePath, type IconName } from "./icon-names";

interface IconProps {
  name: IconName;
  /** Give a label only when the icon alone carries meaning; decorative icons are hidden. */
  label?: string;
  className?: string;
}

/** A DKFDS icon from the site's own sprite (public/dkfds/icons.svg). */
export function Icon({ name, label, className }: IconProps) {
  const classes = className ? `icon-svg ${className}` : "icon-svg";
  return (
    <svg
      className={classes}
      focusable="false"
      {...(label ? { role: "img", "aria-label": label } : { "aria-hidden": true })}
    >
      <use href={`${iconSpritePath}#${name}`} />
    </svg>
  );
}
