import NextLink from "next/link";
import type { ComponentProps } from "react";

/**
 * The site's link: Next's, without prefetching. Next would otherwise fetch every linked page in
 * view as soon as a page has loaded, and every page is rendered per request
 * (docs/decisions/0006-nonce-csp-makes-pages-dynamic.md), so each link in view would cost a server
 * render and main-thread work while the page should be answering the user. A link fetches its
 * page when clicked. ESLint keeps next/link behind this component.
 */
export function Link(props: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={false} {...props} />;
}
