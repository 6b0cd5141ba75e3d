import { notFound } from "next/navigation";

/** Any address under a language that no page matches: show that language's 404 page. */
export default function UnknownPage() {
  notFound();
}
