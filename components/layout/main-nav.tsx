"use client";

import { Link } from "@/components/ui/link";
import { usePathname } from "next/navigation";
import { stripLocale } from "./locale-path";

export interface NavItem {
  /** Path without the language: "/cases". */
  path: string;
  href: string;
  label: string;
}

/**
 * The DKFDS main menu. The current page is marked for screen readers (aria-current) and by DKFDS's
 * underline; a page below a menu item (a single case) marks that item as the current section.
 */
export function MainNav({ items, label }: { items: NavItem[]; label: string }) {
  const current = stripLocale(usePathname());
  return (
    <nav className="nav" aria-label={label}>
      <ul className="mainmenu">
        {items.map((item) => {
          const isPage = current === item.path;
          const isSection = !isPage && current.startsWith(`${item.path}/`);
          const classes = isPage ? "active current" : isSection ? "active" : undefined;
          return (
            <li key={item.path} className={classes}>
              <Link
                href={item.href}
                className="nav-link"
                aria-current={isPage ? "page" : isSection ? "true" : undefined}
              >
                <span>{item.label}</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
