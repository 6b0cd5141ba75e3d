"use client";

import { useLocale, useTranslations } from "next-intl";
import { ExportAnswers } from "@/components/assessment/export-answers";
import { localePath } from "@/components/layout/locale-path";
import { ButtonLink } from "@/components/ui/button-link";
import { Icon } from "@/components/ui/icon";
import type { AnswersDocument } from "@/lib/schemas/answers";
import type { Locale } from "@/lib/schemas/common";
import { GroupToolsLinks } from "@/components/share/group-tools-links";
import { ShareLinkButton } from "@/components/share/share-link-button";
import { ReportDownload } from "./report-download";
import styles from "./results.module.css";

/**
 * What the user can do with the report: change answers, print, save the answers, get the PDF.
 * Read-only (a shared link's answers): only get the report and print it.
 */
export function ResultsActions({
  document,
  readOnly = false,
}: {
  document: AnswersDocument;
  readOnly?: boolean;
}) {
  const t = useTranslations("results.actions");
  return (
    <div className="no-print">
      <div className={styles.download}>
        <ReportDownload document={document} />
      </div>
      <div className={styles.actions}>
        <button type="button" className="button button-secondary" onClick={() => window.print()}>
          <Icon name="print" className="mr-3" />
          {t("print")}
        </button>
        {readOnly ? null : <EditTools document={document} />}
      </div>
      {readOnly ? null : <ShareTools document={document} />}
    </div>
  );
}

/** Saving the answers as a file and going back to change them: for the answers stored in this browser. */
function EditTools({ document }: { document: AnswersDocument }) {
  const t = useTranslations("results.actions");
  const locale = useLocale() as Locale;
  return (
    <>
      <ExportAnswers document={document} />
      <ButtonLink href={localePath(locale, "/assessment/review")} variant="tertiary" icon="edit">
        {t("changeAnswers")}
      </ButtonLink>
    </>
  );
}

/** Sharing the answers as a link, and the project group's tools. */
function ShareTools({ document }: { document: AnswersDocument }) {
  const tools = useTranslations("share.tools");
  const locale = useLocale() as Locale;
  return (
    <>
      <ShareLinkButton document={document} />
      <GroupToolsLinks
        locale={locale}
        small
        texts={{
          heading: tools("heading"),
          team: tools("team"),
          compare: tools("compare"),
          portfolio: tools("portfolio"),
        }}
      />
    </>
  );
}
