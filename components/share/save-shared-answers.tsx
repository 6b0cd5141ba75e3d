"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { useAssessment, useAssessmentStore } from "@/components/assessment/assessment-context";
import { ConfirmPanel } from "@/components/assessment/confirm-panel";
import { localePath } from "@/components/layout/locale-path";
import { ButtonLink } from "@/components/ui/button-link";
import type { AnswersDocument } from "@/lib/schemas/answers";
import type { Locale } from "@/lib/schemas/common";
import { hasDraftContent } from "@/lib/storage/draft-document";

/** "Gem i denne browser": saves a document (a shared link's, the team's consensus), asking before it replaces stored answers. */
export function SaveInBrowser({
  document,
  texts,
  next,
}: {
  document: AnswersDocument;
  texts: {
    save: string;
    confirmHeading: string;
    confirmText: string;
    confirm: string;
    cancel: string;
    savedHeading: string;
    notSaved: string;
    next: string;
  };
  /** Where to go once saved, under the locale. */
  next: string;
}) {
  const locale = useLocale() as Locale;
  const store = useAssessmentStore();
  const snapshot = useAssessment();
  const [state, setState] = useState<"idle" | "confirm" | "saved" | "not-saved">("idle");
  const save = () => setState(store.replaceDocument(document, "review") ? "saved" : "not-saved");
  const hasStored = snapshot.status === "ready" && hasDraftContent(snapshot.document);

  if (state === "saved") {
    return (
      <div role="status">
        <p className="alert-text">
          <strong>{texts.savedHeading}</strong>
        </p>
        <ButtonLink href={localePath(locale, next)} icon="arrow-forward">
          {texts.next}
        </ButtonLink>
      </div>
    );
  }
  if (state === "confirm") {
    return (
      <ConfirmPanel
        heading={texts.confirmHeading}
        text={texts.confirmText}
        confirmLabel={texts.confirm}
        cancelLabel={texts.cancel}
        onConfirm={save}
        onCancel={() => setState("idle")}
      />
    );
  }
  return (
    <>
      {state === "not-saved" ? (
        <p className="form-error-message" role="alert">
          {texts.notSaved}
        </p>
      ) : null}
      <button
        type="button"
        className="button button-primary mt-4"
        onClick={() => (hasStored ? setState("confirm") : save())}
      >
        {texts.save}
      </button>
    </>
  );
}

/** The shared link's "Gem i denne browser". */
export function SaveSharedAnswers({ document }: { document: AnswersDocument }) {
  const t = useTranslations("share");
  return (
    <SaveInBrowser
      document={document}
      next="/assessment/review"
      texts={{
        save: t("save"),
        confirmHeading: t("confirmHeading", { title: document.project.title }),
        confirmText: t("confirmText"),
        confirm: t("confirm"),
        cancel: t("cancel"),
        savedHeading: t("savedHeading"),
        notSaved: t("notSaved"),
        next: t("toAssessment"),
      }}
    />
  );
}
