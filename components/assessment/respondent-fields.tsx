"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useLocale, useTranslations } from "next-intl";
import { useLayoutEffect, useMemo, useRef } from "react";
import { useForm } from "react-hook-form";
import * as z from "zod/mini";
import { formatNumber } from "@/lib/format/number";
import { countLineBreaks, limits, type Respondent } from "@/lib/schemas/answers";
import type { Locale } from "@/lib/schemas/common";
import { setDraftRespondent, type DraftDocument } from "@/lib/storage/draft-document";
import { useAssessmentStore } from "./assessment-context";
import { TextField } from "./text-field";

type Messages = ReturnType<typeof useTranslations<"assessment.respondent">>;

/** The answers document's respondent check (respondentSchema), with messages in the user's language. */
function buildRespondentSchema(t: Messages, locale: Locale) {
  const max = formatNumber(limits.respondentLength, locale);
  const field = (tooLong: string, oneLine: string) =>
    z.string().check(
      z.trim(),
      z.maxLength(limits.respondentLength, { error: tooLong }),
      z.refine<string>((text) => countLineBreaks(text) === 0, { error: oneLine }),
    );
  return z.object({
    name: field(t("nameTooLong", { max }), t("nameOneLine")),
    role: field(t("roleTooLong", { max }), t("roleOneLine")),
  });
}

function storedRespondent(document: DraftDocument): Respondent {
  return { name: document.respondent?.name ?? "", role: document.respondent?.role ?? "" };
}

/**
 * "Hvem har svaret?": the participant's name and role, optional, on the review step before the
 * answers are saved as a file. Saved with the answers as they are typed; a text the document
 * cannot hold stays in its field with a message and is not saved.
 */
export function RespondentFields({ document }: { document: DraftDocument }) {
  const t = useTranslations("assessment.respondent");
  const locale = useLocale() as Locale;
  const store = useAssessmentStore();
  const schema = useMemo(() => buildRespondentSchema(t, locale), [t, locale]);
  const stored = storedRespondent(document);
  const form = useForm<Respondent>({
    defaultValues: stored,
    mode: "onChange",
    resolver: zodResolver(schema),
  });
  // What the form and the stored document last agreed on.
  const synced = useRef(stored);
  const showingDocument = useRef(false);

  useLayoutEffect(
    () =>
      form.subscribe({
        formState: { values: true },
        callback: ({ values }) => {
          if (showingDocument.current) return;
          const parsed = schema.safeParse(values);
          if (!parsed.success) return;
          const next = parsed.data;
          if (next.name === synced.current.name && next.role === synced.current.role) return;
          synced.current = next;
          store.updateDocument((draft) => setDraftRespondent(draft, next, new Date()));
        },
      }),
    [form, schema, store],
  );

  // Another tab's answers or an import: the fields show the stored respondent.
  const { name, role } = stored;
  useLayoutEffect(() => {
    if (name === synced.current.name && role === synced.current.role) return;
    synced.current = { name, role };
    showingDocument.current = true;
    try {
      form.reset({ name, role });
    } finally {
      showingDocument.current = false;
    }
  }, [name, role, form]);

  const { errors } = form.formState;
  return (
    <section aria-labelledby="respondent-heading" className="mt-8 mb-6">
      <h2 className="h3" id="respondent-heading">
        {t("heading")}
      </h2>
      <p>{t("intro")}</p>
      <TextField
        id="respondent-name"
        label={t("name")}
        hint={t("nameHint")}
        error={errors.name?.message}
        maxLength={limits.respondentLength}
        autoComplete="name"
        registration={form.register("name")}
      />
      <TextField
        id="respondent-role"
        label={t("role")}
        hint={t("roleHint")}
        error={errors.role?.message}
        maxLength={limits.respondentLength}
        autoComplete="organization-title"
        registration={form.register("role")}
      />
    </section>
  );
}
