"use client";

import { Link } from "@/components/ui/link";
import { usePathname, useSearchParams } from "next/navigation";
import { Suspense } from "react";
import type { Locale } from "@/lib/schemas/common";
import { Icon } from "@/components/ui/icon";
import { switchLocalePath } from "./locale-path";

interface LanguageSwitchProps {
  target: Locale;
  /** The target language's name in that language: "English", "Dansk". */
  targetName: string;
  /** Hidden words before the name, in the target language: "Change language to". */
  hiddenPrefix: string;
}

/**
 * A link to the same page in the other language. It works without JavaScript: the server renders
 * the address of the current page; once the page runs in the browser, the query string (e.g. the
 * catalogue's filters) is kept too.
 */
export function LanguageSwitch(props: LanguageSwitchProps) {
  const path = switchLocalePath(usePathname(), props.target);
  return (
    <Suspense fallback={<LanguageLink href={path} {...props} />}>
      <LanguageLinkWithQuery path={path} {...props} />
    </Suspense>
  );
}

function LanguageLinkWithQuery({ path, ...props }: LanguageSwitchProps & { path: string }) {
  const query = useSearchParams().toString();
  return <LanguageLink href={query ? `${path}?${query}` : path} {...props} />;
}

function LanguageLink({ href, target, targetName, hiddenPrefix }: LanguageSwitchProps & { href: string }) {
  return (
    <Link href={href} hrefLang={target} lang={target} className="function-link language-switch">
      <Icon name="language" />
      <span className="sr-only">{hiddenPrefix}</span> {targetName}
    </Link>
  );
}
