import { render } from "@testing-library/react";
import { NextIntlClientProvider } from "next-intl";
import type { ReactElement } from "react";
import { formatterMessages } from "@/i18n/messages";
import type { Locale } from "@/lib/schemas/common";

/** Renders a component with the site's real messages, as the page would. */
export function renderWithIntl(ui: ReactElement, locale: Locale = "da") {
  return render(
    <NextIntlClientProvider locale={locale} messages={formatterMessages(locale)}>
      {ui}
    </NextIntlClientProvider>,
  );
}
