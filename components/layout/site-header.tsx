import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { localeSchema, type Locale } from "@/lib/schemas/common";
import { LanguageSwitch } from "./language-switch";
import { localePath } from "./locale-path";
import { MainNav, type NavItem } from "./main-nav";

const navPaths = ["/assessment", "/cases", "/method"] as const;
const navKeys = { "/assessment": "assessment", "/cases": "cases", "/method": "method" } as const;

/** The DKFDS solution header: the product's name, the language switch and the main menu. */
export async function SiteHeader({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "common" });
  const target = localeSchema.options.find((other) => other !== locale) ?? locale;
  const tTarget = await getTranslations({ locale: target, namespace: "common.language" });
  const items: NavItem[] = navPaths.map((path) => ({
    path,
    href: localePath(locale, path),
    label: t(`nav.${navKeys[path]}`),
  }));

  return (
    <header className="header">
      <div className="solution-info">
        <div className="solution-info-inner container">
          <div className="solution-heading">
            <Link href={localePath(locale)}>{t("siteName")}</Link>
          </div>
          <div className="solution-language">
            <LanguageSwitch
              target={target}
              targetName={tTarget(`names.${target}`)}
              hiddenPrefix={tTarget("switchPrefix")}
            />
          </div>
        </div>
      </div>
      <div className="navigation-menu">
        <div className="navigation-menu-inner container">
          <MainNav items={items} label={t("nav.label")} />
        </div>
      </div>
    </header>
  );
}
