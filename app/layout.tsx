import type { ReactNode } from "react";

/**
 * The root layout only passes through: app/[locale]/layout.tsx renders <html lang> for the page's
 * language, and app/not-found.tsx renders its own for addresses outside any language.
 */
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
