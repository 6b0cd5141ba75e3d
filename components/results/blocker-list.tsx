"use client";

import { Link } from "@/components/ui/link";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import type { BlockerResult } from "@/lib/engine/types";
import { useResultText } from "./use-result-text";
import styles from "./results.module.css";

/** Blockers: answers that stop the project whatever else is strong. Shown before the scores. */
export function BlockerList({ blockers }: { blockers: BlockerResult[] }) {
  const t = useTranslations("results.blockers");
  const text = useResultText();
  return (
    <section id="blockers" aria-labelledby="blockers-heading" className={styles.section}>
      <h2 id="blockers-heading">{t("heading")}</h2>
      {blockers.length === 0 ? (
        <Alert variant="success" headingLevel={3} announce={false}>
          {t("none")}
        </Alert>
      ) : (
        <>
          <p>{t("intro", { count: blockers.length })}</p>
          <ul className="nobullet-list">
            {blockers.map((blocker) => {
              const found = blocker.case ? text.caseInfo(blocker.case) : null;
              return (
                <li key={blocker.id} className={styles.blocker}>
                  <h3 className="h4 mt-0">{blocker.title[text.locale]}</h3>
                  <p className={styles.meta}>
                    {t("prerequisite", { title: text.sectionTitle(blocker.prerequisite) })}
                  </p>
                  <p>
                    <strong>{t("why")}</strong> {blocker.why[text.locale]}
                  </p>
                  <p>
                    <strong>{t("action")}</strong> {blocker.action[text.locale]}
                  </p>
                  {found ? (
                    <p className="mb-0">
                      <Link href={found.href}>{t("case", { organisation: found.organisation })}</Link>
                    </p>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
