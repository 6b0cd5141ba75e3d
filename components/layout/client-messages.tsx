import { NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";
import { pickClientMessages, type ClientPage } from "@/i18n/messages";
import type { Locale } from "@/lib/schemas/common";

/**
 * Gives the client components below it the UI texts (and next-intl's formatter). Only the
 * questionnaire and the results use it: the other pages render their texts on the server, so
 * they send the browser neither the messages nor the message formatter's code.
 */
export function ClientMessages({
  locale,
  page,
  children,
}: {
  locale: Locale;
  /** Which page's namespaces to send (see clientNamespaces). */
  page: ClientPage;
  children: ReactNode;
}) {
  return (
    <NextIntlClientProvider locale={locale} messages={pickClientMessages(locale, page)}>
      {children}
    </NextIntlClientProvider>
  );
}
