/**
 * The DKFDS icons this site uses. scripts/copy-dkfds-assets.ts copies exactly these symbols from
 * node_modules/dkfds into components/ui/icons.svg: add a name here, then run the script.
 */
export const iconNames = [
  "arrow-back",
  "arrow-forward",
  "check",
  "checklist",
  "chevron-down",
  "chevron-left",
  "chevron-right",
  "chevron-up",
  "close",
  "delete",
  "document",
  "download",
  "edit",
  "error",
  "file-pdf",
  "help",
  "info",
  "language",
  "open-in-new",
  "print",
  "refresh",
  "save",
  "success",
  "time",
  "tune",
  "upload",
  "warning",
] as const;

export type IconName = (typeof iconNames)[number];

/** The sprite's file in this repository; components/ui/icon.tsx imports it. */
export const iconSpriteFile = "components/ui/icons.svg";
