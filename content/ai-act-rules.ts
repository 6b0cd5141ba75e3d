import type { LocalizedText } from "@/lib/schemas/common";

/**
 * The AI Act rules the legal triage applies, as data: which use areas are Annex III or Article 5
 * practices and under which point, which AI roles may be a narrow task under Article 6(3), and
 * every sentence the triage writes. The engine (lib/engine/triage-ai-act.ts) decides which apply;
 * it writes nothing itself. A text's {placeholders} are filled by the engine with a vocabulary
 * label or a point below, in the same language. Sources: content/legal.ts and
 * docs/sources/legal-facts.md; bump content/legal.ts's version and reviewedOn on any change.
 */

/** The use areas of Annex III that matter to public bodies, with their point in the annex. */
export const annexIiiPoints: Readonly<Record<string, LocalizedText>> = {
  biometrics: { da: "punkt 1, litra a", en: "point 1(a)" },
  "biometric-categorisation": { da: "punkt 1, litra b", en: "point 1(b)" },
  "emotion-recognition": { da: "punkt 1, litra c", en: "point 1(c)" },
  "critical-infrastructure": { da: "punkt 2", en: "point 2" },
  education: { da: "punkt 3", en: "point 3" },
  employment: { da: "punkt 4", en: "point 4" },
  "public-benefits": { da: "punkt 5, litra a", en: "point 5(a)" },
  "emergency-triage": { da: "punkt 5, litra d", en: "point 5(d)" },
  "law-enforcement": { da: "punkt 6", en: "point 6" },
  migration: { da: "punkt 7", en: "point 7" },
  justice: { da: "punkt 8", en: "point 8" },
};

/** The Article 5 practices a public body can meet, with the point of Article 5 that bans them. */
export const prohibitedPractices: Readonly<Record<string, LocalizedText>> = {
  "exploiting-vulnerabilities": { da: "artikel 5, stk. 1, litra a og b", en: "Article 5(1)(a) and (b)" },
  "social-scoring": { da: "artikel 5, stk. 1, litra c", en: "Article 5(1)(c)" },
  "crime-prediction-profiling": { da: "artikel 5, stk. 1, litra d", en: "Article 5(1)(d)" },
  "face-scraping": { da: "artikel 5, stk. 1, litra e", en: "Article 5(1)(e)" },
  "emotion-recognition-work-education": { da: "artikel 5, stk. 1, litra f", en: "Article 5(1)(f)" },
  "biometric-categorisation-sensitive": { da: "artikel 5, stk. 1, litra g", en: "Article 5(1)(g)" },
  "realtime-remote-biometric-law-enforcement": { da: "artikel 5, stk. 1, litra h", en: "Article 5(1)(h)" },
  "intimate-image-generation": {
    da: "det nye forbud i artikel 5 fra Digital Omnibus, som gælder fra 2. december 2026",
    en: "the new Article 5 ban added by the Digital Omnibus, which applies from 2 December 2026",
  },
};

/** AI roles that may be a narrow procedural or preparatory task (Article 6(3)); monitoring is not. */
export const narrowRoles: readonly string[] = ["extraction", "triage-routing"];

/**
 * Where the role is the Annex III use itself, so it cannot be a narrow or preparatory task: Annex
 * III 5(d) is the triage of emergency calls; 4(a)-(b) filtering applicants and allocating tasks;
 * 3(a) assigning people to education.
 */
export const roleIsTheUse: Readonly<Record<string, readonly string[]>> = {
  "triage-routing": ["emergency-triage", "employment", "education"],
  extraction: [],
};

/** Annex III point 1 systems: identifying, categorising or reading emotions is the listed use. */
export const biometricAreas: readonly string[] = [
  "biometrics",
  "biometric-categorisation",
  "emotion-recognition",
];

/** Use areas whose Annex III reason cites the public-benefits rule rather than the other areas. */
export const publicBenefitsArea = "public-benefits";

/** Every sentence of the AI Act triage. {area}, {role} and {point} are filled by the engine. */
export const aiActTexts = {
  transparencyCitizens: {
    da: "Borgere bruger eller taler direkte med løsningen: de skal have at vide, at de har med et AI-system at gøre (artikel 50, stk. 1, fra 2. august 2026).",
    en: "Citizens use or talk to the solution directly: they must be told that they are dealing with an AI system (Article 50(1), from 2 August 2026).",
  },
  transparencyGenerative: {
    da: "Generativ AI: indhold, som systemet skaber, skal kunne genkendes som AI-genereret (artikel 50, stk. 2, en pligt for udbyderen; for systemer i omsætning før 2. august 2026 fra 2. december 2026). Offentliggør I AI-genereret tekst for at informere offentligheden, eller deepfakes, skal I oplyse det (stk. 4), medmindre et menneske har redigeret og står inde for teksten.",
    en: "Generative AI: content the system creates must be recognisable as AI-generated (Article 50(2), a provider duty; for systems on the market before 2 August 2026 from 2 December 2026). If you publish AI-generated text to inform the public, or deep fakes, you must disclose it (paragraph 4), unless a person has edited the text and takes responsibility for it.",
  },
  transparencyEmotion: {
    da: "Følelsesgenkendelse eller biometrisk kategorisering: I skal informere de personer, der udsættes for systemet, om det (artikel 50, stk. 3, fra 2. august 2026).",
    en: "Emotion recognition or biometric categorisation: you must inform the people exposed to the system about it (Article 50(3), from 2 August 2026).",
  },
  annexIiiArea: {
    da: "Anvendelsesområdet »{area}« hører under bilag III, {point}, og gør som udgangspunkt systemet til et højrisikosystem (artikel 6, stk. 2).",
    en: 'The area of use "{area}" falls under Annex III, {point}, which as a rule makes the system high-risk (Article 6(2)).',
  },
  exceptionRoleUnanswered: {
    da: "Besvar spørgsmålet om AI'ens rolle: indtil da kan undtagelsen i artikel 6, stk. 3, ikke lægges til grund.",
    en: "Answer the question about the AI's role: until then the Article 6(3) exception cannot be relied on.",
  },
  exceptionBiometric: {
    da: "Systemet udfører selv den biometriske funktion, bilag III, punkt 1, nævner (»{area}«), så det er ikke en snæver eller forberedende opgave: undtagelsen i artikel 6, stk. 3, kan ikke bruges.",
    en: 'The system itself performs the biometric function listed in Annex III, point 1 ("{area}"), so it is not a narrow or preparatory task: the Article 6(3) exception cannot be used.',
  },
  exceptionMonitoring: {
    da: "Overvågning og alarmer er ikke en af de fire opgaver i artikel 6, stk. 3, så undtagelsen kan ikke bruges.",
    en: "Monitoring and alerts is not one of the four tasks in Article 6(3), so the exception cannot be used.",
  },
  exceptionRoleInfluences: {
    da: "AI'ens rolle (»{role}«) påvirker resultatet af beslutningen og er mere end en snæver proceduremæssig eller forberedende opgave, så undtagelsen i artikel 6, stk. 3, kan ikke bruges.",
    en: 'The AI\'s role ("{role}") influences the outcome of the decision and is more than a narrow procedural or preparatory task, so the Article 6(3) exception cannot be used.',
  },
  exceptionRoleIsTheUse: {
    da: "Her er »{role}« selve den anvendelse, bilag III nævner (»{area}«), og ikke en snæver opgave ved siden af: undtagelsen i artikel 6, stk. 3, kan ikke bruges.",
    en: 'Here "{role}" is the very use Annex III lists ("{area}"), not a narrow task beside it: the Article 6(3) exception cannot be used.',
  },
  exceptionProfiling: {
    da: "Løsningen profilerer personer, og så gælder undtagelsen i artikel 6, stk. 3, aldrig.",
    en: "The solution profiles people, and then the Article 6(3) exception never applies.",
  },
  exceptionProfilingUnsettled: {
    da: "Det er ikke afklaret, om løsningen profilerer personer. Undtagelsen i artikel 6, stk. 3, gælder aldrig ved profilering, så indtil det er afklaret, må I regne systemet for højrisiko.",
    en: "It is not settled whether the solution profiles people. The Article 6(3) exception never applies to profiling, so until that is settled you must treat the system as high-risk.",
  },
  exceptionMayApply: {
    da: "AI'ens rolle (»{role}«) kan være en snæver proceduremæssig eller forberedende opgave, så undtagelsen i artikel 6, stk. 3, kan finde anvendelse. Det kræver, at systemet alene udfører en af de fire opgaver i bestemmelsen, og at det ikke væsentligt påvirker resultatet af beslutningen. Udbyderen skal dokumentere vurderingen, før systemet tages i brug (artikel 6, stk. 4), og registrere systemet i EU's database (artikel 49, stk. 2).",
    en: 'The AI\'s role ("{role}") may be a narrow procedural or preparatory task, so the Article 6(3) exception may apply. That requires that the system only performs one of the four tasks in the provision and does not materially influence the outcome of the decision. The provider must document the assessment before the system is put into use (Article 6(4)) and register the system in the EU database (Article 49(2)).',
  },
  deployerDuties: {
    da: "Et højrisikosystem giver jer pligter som idriftsætter (artikel 26): brug efter leverandørens brugsanvisning, menneskeligt tilsyn ved personer med de rette kompetencer, overvågning af driften og logs i mindst seks måneder, information til medarbejderrepræsentanter før brug på arbejdspladsen og til de personer, systemet bruges til at træffe beslutninger om. De har ret til en forklaring (artikel 86).",
    en: "A high-risk system gives you duties as its deployer (Article 26): use according to the provider's instructions, human oversight by people with the right competences, monitoring its operation and keeping logs for at least six months, informing workers' representatives before use at the workplace and the people it is used to make decisions about. They have a right to an explanation (Article 86).",
  },
  providerHighRisk: {
    da: "I udvikler selv løsningen eller får den udviklet og tager den i brug: så er I udbyder (artikel 3, nr. 3) og har udbyderens pligter i artikel 16 ud over idriftsætterens, bl.a. kvalitetsstyring, teknisk dokumentation, overensstemmelsesvurdering, CE-mærkning og registrering.",
    en: "You develop the solution yourselves, or have it developed, and put it into use: you are then its provider (Article 3(3)) and have the provider's duties of Article 16 on top of the deployer's, among them quality management, technical documentation, conformity assessment, CE marking and registration.",
  },
  providerException: {
    da: "I udvikler selv løsningen eller får den udviklet: som udbyder er det jer, der skal dokumentere vurderingen efter artikel 6, stk. 4, og registrere systemet (artikel 49, stk. 2).",
    en: "You develop the solution yourselves, or have it developed: as its provider it is you who must document the assessment under Article 6(4) and register the system (Article 49(2)).",
  },
  deployerBought: {
    da: "Køber eller genbruger I løsningen, er I idriftsætter. I bliver dog udbyder, hvis I sætter jeres navn på systemet, ændrer det væsentligt eller bruger det til et andet højrisikoformål end det tilsigtede (artikel 25). Bed leverandøren om dokumentationen for klassificeringen.",
    en: "If you buy or reuse the solution, you are its deployer. You become its provider, however, if you put your name on the system, modify it substantially or use it for a high-risk purpose other than the intended one (Article 25). Ask the vendor for the documentation of the classification.",
  },
  sourcingUnanswered: {
    da: "Besvar, om løsningen bygges, købes eller genbruges: udvikler I den selv eller får den udviklet, er I udbyder med flere pligter end en idriftsætter.",
    en: "Answer whether the solution is built, bought or reused: if you develop it yourselves or have it developed, you are its provider, with more duties than a deployer.",
  },
  literacy: {
    da: "Uanset klasse skal I træffe foranstaltninger, der understøtter AI-færdighederne hos de medarbejdere og andre, der driver eller bruger systemet på jeres vegne (artikel 4, som ændret ved Digital Omnibus). Pligten kræver en indsats afpasset efter systemet og dem, det bruges på, ikke et bestemt niveau.",
    en: "Whatever the class, you must take measures that support the AI literacy of the staff and others who run or use the system on your behalf (Article 4, as amended by the Digital Omnibus). The duty asks for an effort matched to the system and the people it is used on, not a particular level.",
  },
  biometricVerification: {
    da: "Biometrisk verifikation, der alene bekræfter, at en person er den, vedkommende siger (1:1), er ikke højrisiko efter bilag III, punkt 1. Biometriske data til entydig identifikation er dog følsomme oplysninger efter databeskyttelsesforordningens artikel 9.",
    en: "Biometric verification that only confirms that a person is who they say they are (1:1) is not high-risk under Annex III, point 1. Biometric data used to uniquely identify a person are, however, special categories of data under GDPR Article 9.",
  },
  annexI: {
    da: "Medicinsk udstyr og andre produkter under EU's produktregler i bilag I er højrisiko efter artikel 6, stk. 1, når to betingelser er opfyldt: AI'en er produktet eller en sikkerhedskomponent i det, og produktet skal vurderes af et bemyndiget organ (tredjepart) efter produktreglerne, fx forordningen om medicinsk udstyr (MDR). Afklar udstyrets klasse; klassificeringen her forudsætter, at begge betingelser er opfyldt.",
    en: "Medical devices and other products under the EU product legislation in Annex I are high-risk under Article 6(1) when two conditions are met: the AI is the product or a safety component of it, and the product must be assessed by a notified body (third party) under the product rules, such as the Medical Devices Regulation (MDR). Clarify the device's class; the classification here assumes that both conditions are met.",
  },
  prohibited: {
    da: "»{area}« er en forbudt praksis efter {point}: et sådant system må ikke tages i brug.",
    en: '"{area}" is a prohibited practice under {point}: such a system may not be put into use.',
  },
  useAreasUnanswered: {
    da: "Besvar spørgsmålet om særlige anvendelsesområder: uden det kan forbudt brug eller højrisiko ikke udelukkes.",
    en: "Answer the question about particular areas of use: without it, prohibited or high-risk use cannot be ruled out.",
  },
  transparencyClass: {
    da: "Ingen af de forbudte praksisser eller særlige anvendelsesområder gælder efter jeres svar, men løsningen har gennemsigtighedskrav efter artikel 50.",
    en: "According to your answers none of the prohibited practices or particular areas of use applies, but the solution has transparency duties under Article 50.",
  },
  transparencyUnanswered: {
    da: "Besvar spørgsmålene om, hvem der bruger eller berøres af løsningen, og hvilken teknologi den bruger: de afgør, om der er gennemsigtighedskrav.",
    en: "Answer the questions about who uses or is affected by the solution and which technology it uses: they decide whether transparency duties apply.",
  },
  minimal: {
    da: "Ingen af de forbudte praksisser eller særlige anvendelsesområder gælder efter jeres svar, og løsningen har ingen gennemsigtighedskrav: den har minimal risiko efter AI-forordningen.",
    en: "According to your answers none of the prohibited practices or particular areas of use applies, and the solution has no transparency duty: it is minimal risk under the AI Act.",
  },
} as const satisfies Record<string, LocalizedText>;
