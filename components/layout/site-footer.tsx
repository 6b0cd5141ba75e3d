import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/schemas/common";
import { localePath } from "./locale-path";
import { PublisherContact, readPublisher } from "./publisher-contact";

/** The DKFDS footer: what the tool is, and links to the method and the accessibility statement. */
export async function SiteFooter({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "common.footer" });
  const publisher = readPublisher();
  const links = [
    { href: localePath(locale, "/method"), label: t("method") },
    { href: localePath(locale, "/cases"), label: t("cases") },
    { href: localePath(locale, "/accessibility"), label: t("accessibility") },
  ];
  return (
    <footer>
      <div className="footer">
        <div className="container">
          <div className="row">
            <div className="col-12 col-md-7 footer-col">
              <section aria-labelledby="footer-about">
                <h2 id="footer-about" className="h5">
                  {t("aboutHeading")}
                </h2>
                <p className="mt-3">{t("about")}</p>
                <p className="mt-3">{t("privacy")}</p>
                {publisher ? (
                  <p className="mt-3">
                    {t("publisher", { name: publisher.name })}
                    {publisher.contact ? (
                      <>
                        {" "}
                        {t("publisherContact")}: <PublisherContact contact={publisher.contact} />
                      </>
                    ) : null}
                  </p>
                ) : null}
              </section>
            </div>
            <div className="col-12 col-md-5 footer-col">
              <section aria-labelledby="footer-links">
                <h2 id="footer-links" className="h5">
                  {t("linksHeading")}
                </h2>
                <ul className="unstyled-list footer-links">
                  {links.map((link) => (
                    <li key={link.href}>
                      <Link href={link.href}>{link.label}</Link>
                    </li>
                  ))}
                </ul>
              </section>
            </div>
          </div>
        </div>
      </div>
    </footer>
  );
}
