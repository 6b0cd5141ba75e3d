import { localePath } from "@/components/layout/locale-path";
import { Link } from "@/components/ui/link";
import type { Locale } from "@/lib/schemas/common";

export interface GroupToolsTexts {
  heading: string;
  team: string;
  compare: string;
  portfolio: string;
}

/** Links to the team, compare and portfolio pages, where a user looks for them (front page, results). */
export function GroupToolsLinks({
  locale,
  texts,
  small = false,
}: {
  locale: Locale;
  texts: GroupToolsTexts;
  /** Styled as a small heading (in the results' actions). */
  small?: boolean;
}) {
  return (
    <nav aria-label={texts.heading} className="no-print">
      <h2 className={small ? "h4" : undefined}>{texts.heading}</h2>
      <ul>
        <li>
          <Link href={localePath(locale, "/team")}>{texts.team}</Link>
        </li>
        <li>
          <Link href={localePath(locale, "/compare")}>{texts.compare}</Link>
        </li>
        <li>
          <Link href={localePath(locale, "/portfolio")}>{texts.portfolio}</Link>
        </li>
      </ul>
    </nav>
  );
}
