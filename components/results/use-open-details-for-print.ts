"use client";

import { useEffect, useLayoutEffect, useRef } from "react";

/**
 * Opens every folded section before printing, so the paper copy shows the explanations too.
 * `beforeOpening` runs first: it can add what is not on the page yet.
 */
export function useOpenDetailsForPrint(beforeOpening?: () => void): void {
  const first = useRef(beforeOpening);
  useEffect(() => {
    first.current = beforeOpening;
  });
  // Registered as the report is put on the page, so a print started at once finds it ready.
  useLayoutEffect(() => {
    const opened: HTMLDetailsElement[] = [];
    const open = () => {
      first.current?.();
      for (const details of document.querySelectorAll<HTMLDetailsElement>(
        "[data-results-page] details:not([open])",
      )) {
        details.open = true;
        opened.push(details);
      }
    };
    const restore = () => {
      for (const details of opened.splice(0)) details.open = false;
    };
    window.addEventListener("beforeprint", open);
    window.addEventListener("afterprint", restore);
    return () => {
      window.removeEventListener("beforeprint", open);
      window.removeEventListener("afterprint", restore);
    };
  }, []);
}
