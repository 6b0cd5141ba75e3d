import { Link } from "@/components/ui/link";
import { useTranslations } from "next-intl";
import { Icon } from "./icon";

export interface BreadcrumbItem {
  label: string;
  /** Every item but the current page has a link. */
  href?: string;
}

/** DKFDS breadcrumbs: the path from the front page to the current page. */
export function Breadcrumbs({ items }: { items: BreadcrumbItem[] }) {
  const t = useTranslations("common.breadcrumbs");
  return (
    <nav className="breadcrumbs" aria-label={t("label")}>
      <ol className="breadcrumbs__list">
        {items.map((item, index) => (
          <li
            key={`${index}-${item.label}`}
            className="breadcrumbs__list-item"
            aria-current={item.href ? undefined : "page"}
          >
            {index > 0 ? <Icon name="chevron-right" /> : null}
            {item.href ? (
              <Link className="breadcrumbs__link" href={item.href}>
                {item.label}
              </Link>
            ) : (
              item.label
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
