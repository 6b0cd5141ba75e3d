import type { CaseId, LocalizedText } from "@/lib/schemas/common";

/**
 * A figure worked out from the catalogue's own figures, never stated by it. Each carries its
 * formula, so the reader can check it; content/business-case/derived-figures.test.ts recomputes
 * every one from the cases' economics.
 */
export interface DerivedFigure {
  id: string;
  caseId: CaseId;
  label: LocalizedText;
  /** In kroner; `max` for a range. */
  value: number;
  max?: number;
  /** The catalogue's words "about" or a range carry over. */
  approximate: boolean;
  formula: LocalizedText;
}

export const derivedFigures: readonly DerivedFigure[] = [
  {
    id: "naestved-annual-net",
    caseId: "naestved",
    label: {
      da: "Årligt netto (besparelse minus drift), 100 sensorer",
      en: "Yearly net (saving less operation), 100 sensors",
    },
    value: 1_070_000,
    max: 2_420_000,
    approximate: false,
    formula: {
      da: "2.510.000–3.860.000 kr. forventet årlig besparelse − 1.440.000 kr. årlig drift",
      en: "DKK 2,510,000–3,860,000 expected yearly saving − DKK 1,440,000 yearly operation",
    },
  },
  {
    id: "naestved-investment-per-sensor",
    caseId: "naestved",
    label: { da: "Investering pr. sensor", en: "Investment per sensor" },
    value: 4_000,
    approximate: false,
    formula: { da: "400.000 kr. ÷ 100 sensorer", en: "DKK 400,000 ÷ 100 sensors" },
  },
  {
    id: "naestved-operation-per-sensor",
    caseId: "naestved",
    label: { da: "Årlig drift pr. sensor", en: "Yearly operation per sensor" },
    value: 14_400,
    approximate: false,
    formula: { da: "1.440.000 kr. ÷ 100 sensorer", en: "DKK 1,440,000 ÷ 100 sensors" },
  },
  {
    id: "atp-page-cost",
    caseId: "atp",
    label: { da: "Årlig pris for sidelæsning i Azure", en: "Yearly cost of reading pages in Azure" },
    value: 100_000,
    approximate: true,
    formula: {
      da: "0,05 kr. pr. side × ca. 2 mio. sider om året (resten af de ca. 181.000 kr. er 81.000 kr. til driftstimer)",
      en: "DKK 0.05 per page × about 2 million pages a year (the rest of the about DKK 181,000 is DKK 81,000 for operating hours)",
    },
  },
  {
    id: "atp-implied-annual-gain",
    caseId: "atp",
    label: {
      da: "Årlig gevinst, som en tilbagebetaling på 6 måneder forudsætter",
      en: "Yearly gain that a 6-month payback implies",
    },
    value: 981_000,
    approximate: true,
    formula: {
      da: "400.000 kr. investering ÷ 0,5 år + 181.000 kr. årlig drift (kataloget opgør ikke besparelsen, men siger, at investeringen ventes tjent hjem på ca. 6 måneder)",
      en: "DKK 400,000 investment ÷ 0.5 years + DKK 181,000 yearly operation (the catalogue does not compute the saving, but says the investment is expected to pay for itself in about 6 months)",
    },
  },
];
