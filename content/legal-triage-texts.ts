import type { LocalizedText } from "@/lib/schemas/common";

/**
 * The sentences of the legal triage's FRIA and automated-decision findings
 * (lib/engine/triage-legal.ts decides which apply). Sources: content/legal.ts (rules ai-act-art-27,
 * ai-act-art-49-3, gdpr-art-22, forvaltningsloven) and docs/sources/legal-facts.md.
 */
export const legalTriageTexts = {
  friaApplies: {
    da: "Som offentlig myndighed, der tager et højrisikosystem efter bilag III (undtagen punkt 2, kritisk infrastruktur) i brug, skal I vurdere konsekvenserne for grundlæggende rettigheder før første brug (artikel 27). Vurderingen supplerer konsekvensanalysen efter databeskyttelsesforordningen.",
    en: "As a public body deploying a high-risk system under Annex III (except point 2, critical infrastructure), you must assess its impact on fundamental rights before first use (Article 27). The assessment complements the DPIA under the GDPR.",
  },
  registration: {
    da: "I skal også registrere jer og jeres brug af systemet i EU's database, før det tages i brug (artikel 49, stk. 3).",
    en: "You must also register yourselves and your use of the system in the EU database before it is put into use (Article 49(3)).",
  },
  friaCriticalInfrastructure: {
    da: "Højrisikosystemer under bilag III, punkt 2 (kritisk infrastruktur), er ikke omfattet af pligten til en konsekvensanalyse for grundlæggende rettigheder (artikel 27, stk. 1) eller af idriftsætterens registrering i EU's database (artikel 49, stk. 3).",
    en: "High-risk systems under Annex III, point 2 (critical infrastructure), are not covered by the duty to assess the impact on fundamental rights (Article 27(1)) or by the deployer's registration in the EU database (Article 49(3)).",
  },
  friaIfExceptionFails: {
    da: "Hvis undtagelsen i artikel 6, stk. 3, ikke holder, er systemet et højrisikosystem efter bilag III, og så skal I lave en konsekvensanalyse for grundlæggende rettigheder (artikel 27) og registrere brugen (artikel 49, stk. 3) før første brug.",
    en: "If the Article 6(3) exception does not hold, the system is high-risk under Annex III, and you must then assess its impact on fundamental rights (Article 27) and register its use (Article 49(3)) before first use.",
  },
  automatedDecisionGdpr: {
    da: "Afgørelser, som AI'en træffer alene, og som har retsvirkning eller tilsvarende betydelig virkning for borgeren, er kun tilladt inden for de snævre undtagelser i databeskyttelsesforordningens artikel 22, fx når EU-retten eller dansk ret giver hjemmel med passende garantier.",
    en: "Decisions that the AI makes on its own, with legal or similarly significant effects for the citizen, are only allowed within the narrow exceptions in GDPR Article 22, e.g. when Union or Danish law authorises them with suitable safeguards.",
  },
  automatedDecisionAdministrativeLaw: {
    da: "En automatisk afgørelse er stadig en afgørelse efter forvaltningsloven: borgeren har krav på begrundelse og partshøring, og sagsbehandlingen skal leve op til lovens regler.",
    en: "An automated decision is still a decision under forvaltningsloven (the Danish Public Administration Act): the citizen is entitled to reasons and to be heard, and the case handling must meet the Act's rules.",
  },
  humanDecides: {
    da: "Et menneske træffer afgørelsen, som i to af katalogets cases (Region Hovedstaden og Skatteforvaltningen); hos ATP bevilges flere sager »rent digitalt«. Sørg for, at personen reelt vurderer hver sag og kan tilsidesætte AI'ens forslag; ellers kan afgørelsen i praksis blive automatisk (databeskyttelsesforordningens artikel 22).",
    en: "A person makes the decision, as in two of the catalogue's cases (Region Hovedstaden and Skatteforvaltningen); at ATP more cases are granted “purely digitally”. Make sure that the person genuinely assesses each case and can overrule the AI's suggestion; otherwise the decision may in practice become automated (GDPR Article 22).",
  },
} as const satisfies Record<string, LocalizedText>;
