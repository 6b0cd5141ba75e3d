import { stepHeadingId } from "./element-ids";

/** Focuses a field, or the first field inside the element with that id; true when it did. */
export function focusFieldById(id: string): boolean {
  const target = document.getElementById(id);
  if (!target) return false;
  const field = target.matches("input, textarea")
    ? target
    : target.querySelector<HTMLElement>("input, textarea");
  if (!field) return false;
  target.scrollIntoView?.({ block: "start" });
  field.focus({ preventScroll: true });
  return true;
}

/** Focuses the step's heading (it takes focus from script only: tabindex -1). */
export function focusStepHeading(): void {
  document.getElementById(stepHeadingId)?.focus();
}
