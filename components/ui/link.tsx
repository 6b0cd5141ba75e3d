import NextLink from "next/link";
import type { ComponentProps } from "react";

/**
 * The site's link: Next's, without prefetching. Next would otherwise fetch every linked page in
 * view as soon as a page has loaded (the pages are dynamic, so twice per link), and decode each
 * answer on the main thread while the page should be answering the user: Lighthouse on the front
 * page went from about 78 to about 84 without it. A link fetches its page when clicked.
 * ESLint keeps next/link behind this component.
 */
export function Link(props: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={false} {...props} />;
}
