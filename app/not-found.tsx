import "./styles/dkfds.scss";
import "./styles/app.css";
import type { Metadata } from "next";
import { siteIcons } from "@/components/layout/site-icon";
import { Link } from "@/components/ui/link";
import daCommon from "@/content/messages/da/common.json";
import enCommon from "@/content/messages/en/common.json";

// As metadata rather than a <title> element in the page, so the document has exactly one title.
export const metadata: Metadata = {
  title: `${daCommon.notFound.metaTitle} – ${daCommon.siteName}`,
  icons: siteIcons,
};

/**
 * 404 for an address outside both languages (e.g. a missing file). It cannot know the reader's
 * language, so it speaks both, Danish first.
 */
export default function RootNotFound() {
  return (
    <html lang="da">
      <body>
        <main id="main-content" className="container page-container">
          <h1>{daCommon.notFound.title}</h1>
          <p className="font-lead">{daCommon.notFound.text}</p>
          <p>
            <Link href="/da">{daCommon.notFound.home}</Link>
          </p>
          <div lang="en" className="mt-8">
            <h2>{enCommon.notFound.title}</h2>
            <p>{enCommon.notFound.text}</p>
            <p>
              <Link href="/en">{enCommon.notFound.home}</Link>
            </p>
          </div>
        </main>
      </body>
    </html>
  );
}
