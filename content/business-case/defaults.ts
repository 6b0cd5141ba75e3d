import type { LocalizedText } from "@/lib/schemas/common";

/** A starting value the form offers, with where it comes from. */
export interface SourcedDefault {
  value: number;
  source: LocalizedText;
}

/**
 * The discount rate: the Finance Ministry's recommended real socio-economic discount rate for the
 * first 35 years, 3.5 % since it was lowered from 4 % in January 2021.
 */
export const discountRateDefault: SourcedDefault = {
  value: 3.5,
  source: {
    da: "Finansministeriets anbefalede samfundsøkonomiske diskonteringsrente: 3,5 % (real) i år 0-35, sænket fra 4 % (Finansministeriet, dokumentationsnotat om den samfundsøkonomiske diskonteringsrente, 7. januar 2021). Tjek på fm.dk, om satsen er ændret, før I bruger tallet i en beslutning.",
    en: "The Finance Ministry's recommended socio-economic discount rate: 3.5 % (real) in years 0-35, lowered from 4 % (Danish Ministry of Finance, documentation note on the socio-economic discount rate, 7 January 2021). Check fm.dk for any later change before you use the figure in a decision.",
  },
};

/**
 * The horizon: five years is where the form starts; no source sets it for AI projects. The user
 * should set the expected lifetime of the solution.
 */
export const horizonDefault: SourcedDefault = {
  value: 5,
  source: {
    da: "5 år er værktøjets udgangspunkt, ikke et tal fra en kilde. Sæt den levetid, I forventer for løsningen.",
    en: "5 years is this tool's starting point, not a figure from a source. Set the lifetime you expect for the solution.",
  },
};
