import { cleanup, render } from "@testing-library/react";
import { NextIntlClientProvider } from "next-intl";
import type { ReactElement } from "react";
import { afterEach } from "vitest";
import { pickClientMessages, type ClientPage } from "@/i18n/messages";
import { content } from "@/content";
import type { Locale } from "@/lib/schemas/common";
import type { Content } from "@/lib/schemas/content";
import type { Question } from "@/lib/schemas/question";
import { createMemoryStorage } from "@/lib/storage/test-helpers";
import { AssessmentProvider } from "./assessment-context";
import { createAssessmentStore } from "@/lib/storage/assessment-store";

// Vitest runs without globals, so Testing Library cannot clean up by itself.
afterEach(cleanup);

/**
 * Two data-technology questions for branching tests: the second is shown only when the first is
 * answered "yes". The rest of the content (vocabulary, cases, profile) is the real one.
 */
export const fixtureQuestions: Question[] = [
  ...content.questions.filter((question) => question.section === "profile"),
  {
    id: "fx-has-data",
    section: "data-technology",
    text: { da: "Har I data til løsningen?", en: "Do you have data for the solution?" },
    help: { da: "Tænk på både træning og drift.", en: "Think of both training and operation." },
    caseExample: { case: "atp", text: { da: "ATP genbrugte sine data.", en: "ATP reused its data." } },
    offersDontKnow: true,
    offersNotApplicable: true,
    options: [
      { id: "no", label: { da: "Nej", en: "No" }, points: 0 },
      { id: "yes", label: { da: "Ja", en: "Yes" }, points: 4 },
    ],
    weight: 1,
    recommendation: { da: "Find data.", en: "Find data." },
  },
  {
    id: "fx-data-volume",
    section: "data-technology",
    text: { da: "Er der data nok?", en: "Is there enough data?" },
    help: { da: "Fx mindst 6.000 sager.", en: "For example at least 6,000 cases." },
    showIf: { question: "fx-has-data", in: ["yes"] },
    offersDontKnow: false,
    offersNotApplicable: false,
    options: [
      { id: "few", label: { da: "For lidt", en: "Too little" }, points: 0 },
      { id: "enough", label: { da: "Nok", en: "Enough" }, points: 4 },
    ],
    weight: 1,
    recommendation: { da: "Saml data.", en: "Collect data." },
  },
];

export const fixtureContent: Content = { ...content, questions: fixtureQuestions };

export function createTestStore(initial: Record<string, string> = {}, testContent: Content = fixtureContent) {
  const storage = createMemoryStorage(initial);
  const store = createAssessmentStore({
    getStorage: () => storage,
    now: () => new Date("2026-03-01T10:00:00.000Z"),
    checkDraft: () => [],
  });
  return { storage, store, content: testContent };
}

/** Renders a questionnaire or results component as the app does: with messages and a store. */
export function renderWithAssessment(
  ui: ReactElement,
  {
    locale = "da",
    page = "questionnaire",
    setup = createTestStore(),
  }: {
    locale?: Locale;
    /** Whose UI texts to give, as that page does (see clientNamespaces). */
    page?: ClientPage;
    setup?: ReturnType<typeof createTestStore>;
  } = {},
) {
  const result = render(
    <NextIntlClientProvider
      locale={locale}
      messages={pickClientMessages(locale, page)}
      timeZone="Europe/Copenhagen"
    >
      <AssessmentProvider content={setup.content} store={setup.store}>
        {ui}
      </AssessmentProvider>
    </NextIntlClientProvider>,
  );
  return { ...result, ...setup };
}
