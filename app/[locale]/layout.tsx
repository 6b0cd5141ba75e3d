// DKFDS compiled from its SCSS with only the parts this site uses (see the file).
import "../styles/dkfds.scss";
import "../styles/app.css";
import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { routing } from "@/i18n/routing";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { siteIcons } from "@/components/layout/site-icon";
import { mainContentId, SkipLink } from "@/components/layout/skip-link";

interface LocaleLayoutProps {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: LocaleLayoutProps): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "common" });
  return {
    title: { template: `%s – ${t("siteName")}`, default: t("siteName") },
    description: t("tagline"),
    icons: siteIcons,
  };
}

export default async function LocaleLayout({ children, params }: LocaleLayoutProps) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  // Reading the request makes every page render per request, so Next can put this request's
  // CSP nonce (set by proxy.ts) on its scripts. A prerendered page would carry none and be blocked.
  await headers();

  return (
    <html lang={locale}>
      <body>
        {/* Client components get their texts from <ClientMessages> on the pages that have them. */}
        <SkipLink />
        <SiteHeader locale={locale} />
        <main id={mainContentId} tabIndex={-1} className="container page-container">
          {children}
        </main>
        <SiteFooter locale={locale} />
      </body>
    </html>
  );
}
