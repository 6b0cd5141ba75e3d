import type { LocalizedText } from "../schemas/common";
import type { AttributeId, Vocabulary } from "../schemas/vocabulary";
import type { Cite } from "./legal-rule-ids";
import { profileHas, profileValues, type Profile } from "./read-profile";
import type { AiActClass, LegalFinding } from "./types";

/** The use areas of Annex III that matter to public bodies, with their point in the annex. */
export const ANNEX_III_POINTS: Readonly<Record<string, LocalizedText>> = {
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
export const PROHIBITED_PRACTICES: Readonly<Record<string, LocalizedText>> = {
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
const NARROW_ROLES = ["extraction", "triage-routing"];

/** Where the role is the Annex III use itself, so it cannot be a narrow or preparatory task. */
const ROLE_IS_THE_USE: Readonly<Record<string, readonly string[]>> = {
  // Annex III 5(d) is the triage of emergency calls; 4(a)-(b) filtering applicants and allocating
  // tasks; 3(a) assigning people to education.
  "triage-routing": ["emergency-triage", "employment", "education"],
  extraction: [],
};

/** Annex III point 1 systems: identifying, categorising or reading emotions is the listed use. */
const BIOMETRIC_AREAS = ["biometrics", "biometric-categorisation", "emotion-recognition"];

export interface AiActTriage {
  aiActClass: AiActClass;
  aiActReasons: LegalFinding[];
  transparencyDuties: LegalFinding[];
  /** The project's Annex III areas, and whether they make it high-risk (no exception possible). */
  annexIii: { areas: string[]; highRisk: boolean; exceptionMayApply: boolean };
}

export function labelOf(vocabulary: Vocabulary, attribute: AttributeId, valueId: string): LocalizedText {
  const value = vocabulary
    .find((candidate) => candidate.id === attribute)
    ?.values.find((candidate) => candidate.id === valueId);
  return value?.label ?? { da: valueId, en: valueId };
}

function findTransparencyDuties(profile: Profile, areas: readonly string[], cite: Cite): LegalFinding[] {
  const duties: LegalFinding[] = [];
  const ruleIds = cite("transparency");
  if (profileHas(profile, "audience", "citizens-interact")) {
    duties.push({
      text: {
        da: "Borgere bruger eller taler direkte med løsningen: de skal have at vide, at de har med et AI-system at gøre (artikel 50, stk. 1, fra 2. august 2026).",
        en: "Citizens use or talk to the solution directly: they must be told that they are dealing with an AI system (Article 50(1), from 2 August 2026).",
      },
      ruleIds,
    });
  }
  if (profileHas(profile, "technology", "generative-ai")) {
    duties.push({
      text: {
        da: "Generativ AI: indhold, som systemet skaber, skal kunne genkendes som AI-genereret (artikel 50, stk. 2, en pligt for udbyderen; for systemer i omsætning før 2. august 2026 fra 2. december 2026). Offentliggør I AI-genereret tekst for at informere offentligheden, eller deepfakes, skal I oplyse det (stk. 4), medmindre et menneske har redigeret og står inde for teksten.",
        en: "Generative AI: content the system creates must be recognisable as AI-generated (Article 50(2), a provider duty; for systems on the market before 2 August 2026 from 2 December 2026). If you publish AI-generated text to inform the public, or deep fakes, you must disclose it (paragraph 4), unless a person has edited the text and takes responsibility for it.",
      },
      ruleIds,
    });
  }
  if (areas.includes("emotion-recognition") || areas.includes("biometric-categorisation")) {
    duties.push({
      text: {
        da: "Følelsesgenkendelse eller biometrisk kategorisering: I skal informere de personer, der udsættes for systemet, om det (artikel 50, stk. 3, fra 2. august 2026).",
        en: "Emotion recognition or biometric categorisation: you must inform the people exposed to the system about it (Article 50(3), from 2 August 2026).",
      },
      ruleIds,
    });
  }
  return duties;
}

function describeAnnexIiiAreas(areas: string[], vocabulary: Vocabulary, cite: Cite): LegalFinding[] {
  return areas.map((area) => {
    const label = labelOf(vocabulary, "use-areas", area);
    const point = ANNEX_III_POINTS[area] ?? { da: "", en: "" };
    return {
      text: {
        da: `Anvendelsesområdet »${label.da}« hører under bilag III, ${point.da}, og gør som udgangspunkt systemet til et højrisikosystem (artikel 6, stk. 2).`,
        en: `The area of use "${label.en}" falls under Annex III, ${point.en}, which as a rule makes the system high-risk (Article 6(2)).`,
      },
      ruleIds: cite("annexIii", area === "public-benefits" ? "annexIiiPublicBenefits" : "annexIiiOtherAreas"),
    };
  });
}

function finding(da: string, en: string, ruleIds: string[]): LegalFinding {
  return { text: { da, en }, ruleIds };
}

/**
 * Why the Article 6(3) exception cannot be relied on, or null when it may apply. It is never
 * offered when the role is the listed use itself, for monitoring, for profiling, or while it is
 * unclear whether the system profiles people.
 */
function findExceptionBar(
  profile: Profile,
  annexIiiAreas: readonly string[],
  vocabulary: Vocabulary,
  cite: Cite,
): LegalFinding | null {
  const role = profileValues(profile, "ai-role")?.[0];
  const ruleIds = cite("annexIiiException");
  if (role === undefined) {
    return finding(
      "Besvar spørgsmålet om AI'ens rolle: indtil da kan undtagelsen i artikel 6, stk. 3, ikke lægges til grund.",
      "Answer the question about the AI's role: until then the Article 6(3) exception cannot be relied on.",
      ruleIds,
    );
  }
  const roleLabel = labelOf(vocabulary, "ai-role", role);
  const biometric = annexIiiAreas.find((area) => BIOMETRIC_AREAS.includes(area));
  if (biometric !== undefined) {
    const label = labelOf(vocabulary, "use-areas", biometric);
    return finding(
      `Systemet udfører selv den biometriske funktion, bilag III, punkt 1, nævner (»${label.da}«), så det er ikke en snæver eller forberedende opgave: undtagelsen i artikel 6, stk. 3, kan ikke bruges.`,
      `The system itself performs the biometric function listed in Annex III, point 1 ("${label.en}"), so it is not a narrow or preparatory task: the Article 6(3) exception cannot be used.`,
      ruleIds,
    );
  }
  if (!NARROW_ROLES.includes(role)) {
    return role === "monitoring-alerts"
      ? finding(
          "Overvågning og alarmer er ikke en af de fire opgaver i artikel 6, stk. 3, så undtagelsen kan ikke bruges.",
          "Monitoring and alerts is not one of the four tasks in Article 6(3), so the exception cannot be used.",
          ruleIds,
        )
      : finding(
          `AI'ens rolle (»${roleLabel.da}«) påvirker resultatet af beslutningen og er mere end en snæver proceduremæssig eller forberedende opgave, så undtagelsen i artikel 6, stk. 3, kan ikke bruges.`,
          `The AI's role ("${roleLabel.en}") influences the outcome of the decision and is more than a narrow procedural or preparatory task, so the Article 6(3) exception cannot be used.`,
          ruleIds,
        );
  }
  const listedUse = annexIiiAreas.find((area) => ROLE_IS_THE_USE[role]?.includes(area));
  if (listedUse !== undefined) {
    const label = labelOf(vocabulary, "use-areas", listedUse);
    return finding(
      `Her er »${roleLabel.da}« selve den anvendelse, bilag III nævner (»${label.da}«), og ikke en snæver opgave ved siden af: undtagelsen i artikel 6, stk. 3, kan ikke bruges.`,
      `Here "${roleLabel.en}" is the very use Annex III lists ("${label.en}"), not a narrow task beside it: the Article 6(3) exception cannot be used.`,
      ruleIds,
    );
  }
  if (profileHas(profile, "profiling", "yes")) {
    return finding(
      "Løsningen profilerer personer, og så gælder undtagelsen i artikel 6, stk. 3, aldrig.",
      "The solution profiles people, and then the Article 6(3) exception never applies.",
      ruleIds,
    );
  }
  if (!profileHas(profile, "profiling", "no")) {
    return finding(
      "Det er ikke afklaret, om løsningen profilerer personer. Undtagelsen i artikel 6, stk. 3, gælder aldrig ved profilering, så indtil det er afklaret, må I regne systemet for højrisiko.",
      "It is not settled whether the solution profiles people. The Article 6(3) exception never applies to profiling, so until that is settled you must treat the system as high-risk.",
      ruleIds,
    );
  }
  return null;
}

function describeExceptionMayApply(profile: Profile, vocabulary: Vocabulary, cite: Cite): LegalFinding {
  const role = profileValues(profile, "ai-role")?.[0] ?? "";
  const label = labelOf(vocabulary, "ai-role", role);
  return finding(
    `AI'ens rolle (»${label.da}«) kan være en snæver proceduremæssig eller forberedende opgave, så undtagelsen i artikel 6, stk. 3, kan finde anvendelse. Det kræver, at systemet alene udfører en af de fire opgaver i bestemmelsen, og at det ikke væsentligt påvirker resultatet af beslutningen. Udbyderen skal dokumentere vurderingen, før systemet tages i brug (artikel 6, stk. 4), og registrere systemet i EU's database (artikel 49, stk. 2).`,
    `The AI's role ("${label.en}") may be a narrow procedural or preparatory task, so the Article 6(3) exception may apply. That requires that the system only performs one of the four tasks in the provision and does not materially influence the outcome of the decision. The provider must document the assessment before the system is put into use (Article 6(4)) and register the system in the EU database (Article 49(2)).`,
    cite("annexIiiException"),
  );
}

function describeDeployerDuties(cite: Cite): LegalFinding {
  return finding(
    "Et højrisikosystem giver jer pligter som idriftsætter (artikel 26): brug efter leverandørens brugsanvisning, menneskeligt tilsyn ved personer med de rette kompetencer, overvågning af driften og logs i mindst seks måneder, information til medarbejderrepræsentanter før brug på arbejdspladsen og til de personer, systemet bruges til at træffe beslutninger om. De har ret til en forklaring (artikel 86).",
    "A high-risk system gives you duties as its deployer (Article 26): use according to the provider's instructions, human oversight by people with the right competences, monitoring its operation and keeping logs for at least six months, informing workers' representatives before use at the workplace and the people it is used to make decisions about. They have a right to an explanation (Article 86).",
    cite("deployerDuties"),
  );
}

/** Provider or deployer, from the sourcing answer (Articles 3(3), 16 and 25). */
function describeRole(profile: Profile, aiActClass: AiActClass, cite: Cite): LegalFinding[] {
  const highRisk = aiActClass === "high-risk-annex-i" || aiActClass === "high-risk-annex-iii";
  if (!highRisk && aiActClass !== "annex-iii-exception") return [];
  const ruleIds = cite("providerDuties");
  const sourcing = profileValues(profile, "sourcing")?.[0];
  if (sourcing === "build") {
    return [
      highRisk
        ? finding(
            "I udvikler selv løsningen eller får den udviklet og tager den i brug: så er I udbyder (artikel 3, nr. 3) og har udbyderens pligter i artikel 16 ud over idriftsætterens, bl.a. kvalitetsstyring, teknisk dokumentation, overensstemmelsesvurdering, CE-mærkning og registrering.",
            "You develop the solution yourselves, or have it developed, and put it into use: you are then its provider (Article 3(3)) and have the provider's duties of Article 16 on top of the deployer's, among them quality management, technical documentation, conformity assessment, CE marking and registration.",
            ruleIds,
          )
        : finding(
            "I udvikler selv løsningen eller får den udviklet: som udbyder er det jer, der skal dokumentere vurderingen efter artikel 6, stk. 4, og registrere systemet (artikel 49, stk. 2).",
            "You develop the solution yourselves, or have it developed: as its provider it is you who must document the assessment under Article 6(4) and register the system (Article 49(2)).",
            [...ruleIds, ...cite("annexIiiException")],
          ),
    ];
  }
  if (sourcing === "buy" || sourcing === "reuse") {
    return [
      finding(
        "Køber eller genbruger I løsningen, er I idriftsætter. I bliver dog udbyder, hvis I sætter jeres navn på systemet, ændrer det væsentligt eller bruger det til et andet højrisikoformål end det tilsigtede (artikel 25). Bed leverandøren om dokumentationen for klassificeringen.",
        "If you buy or reuse the solution, you are its deployer. You become its provider, however, if you put your name on the system, modify it substantially or use it for a high-risk purpose other than the intended one (Article 25). Ask the vendor for the documentation of the classification.",
        ruleIds,
      ),
    ];
  }
  return [
    finding(
      "Besvar, om løsningen bygges, købes eller genbruges: udvikler I den selv eller får den udviklet, er I udbyder med flere pligter end en idriftsætter.",
      "Answer whether the solution is built, bought or reused: if you develop it yourselves or have it developed, you are its provider, with more duties than a deployer.",
      ruleIds,
    ),
  ];
}

function describeLiteracy(cite: Cite): LegalFinding {
  return finding(
    "Uanset klasse skal I træffe foranstaltninger, der understøtter AI-færdighederne hos de medarbejdere og andre, der driver eller bruger systemet på jeres vegne (artikel 4, som ændret ved Digital Omnibus). Pligten kræver en indsats afpasset efter systemet og dem, det bruges på, ikke et bestemt niveau.",
    "Whatever the class, you must take measures that support the AI literacy of the staff and others who run or use the system on your behalf (Article 4, as amended by the Digital Omnibus). The duty asks for an effort matched to the system and the people it is used on, not a particular level.",
    cite("aiLiteracy"),
  );
}

function describeVerification(cite: Cite): LegalFinding {
  return finding(
    "Biometrisk verifikation, der alene bekræfter, at en person er den, vedkommende siger (1:1), er ikke højrisiko efter bilag III, punkt 1. Biometriske data til entydig identifikation er dog følsomme oplysninger efter databeskyttelsesforordningens artikel 9.",
    "Biometric verification that only confirms that a person is who they say they are (1:1) is not high-risk under Annex III, point 1. Biometric data used to uniquely identify a person are, however, special categories of data under GDPR Article 9.",
    [...cite("annexIiiOtherAreas"), ...cite("specialCategories")],
  );
}

function describeAnnexI(cite: Cite): LegalFinding {
  return finding(
    "Medicinsk udstyr og andre produkter under EU's produktregler i bilag I er højrisiko efter artikel 6, stk. 1, når to betingelser er opfyldt: AI'en er produktet eller en sikkerhedskomponent i det, og produktet skal vurderes af et bemyndiget organ (tredjepart) efter produktreglerne, fx forordningen om medicinsk udstyr (MDR). Afklar udstyrets klasse; klassificeringen her forudsætter, at begge betingelser er opfyldt.",
    "Medical devices and other products under the EU product legislation in Annex I are high-risk under Article 6(1) when two conditions are met: the AI is the product or a safety component of it, and the product must be assessed by a notified body (third party) under the product rules, such as the Medical Devices Regulation (MDR). Clarify the device's class; the classification here assumes that both conditions are met.",
    cite("annexI"),
  );
}

/** Whether the use areas are known: "not applicable" means none of them applies. */
function readUseAreas(profile: Profile): string[] | null {
  const answer = profile.get("use-areas");
  if (answer?.state === "not-applicable") return [];
  return answer?.state === "values" ? answer.values : null;
}

function describeProhibited(areas: readonly string[], vocabulary: Vocabulary, cite: Cite): LegalFinding[] {
  return areas
    .filter((area) => Object.hasOwn(PROHIBITED_PRACTICES, area))
    .map((area) => {
      const label = labelOf(vocabulary, "use-areas", area);
      const point = PROHIBITED_PRACTICES[area] ?? { da: "", en: "" };
      return finding(
        `»${label.da}« er en forbudt praksis efter ${point.da}: et sådant system må ikke tages i brug.`,
        `"${label.en}" is a prohibited practice under ${point.en}: such a system may not be put into use.`,
        cite("prohibited"),
      );
    });
}

function classify(
  profile: Profile,
  vocabulary: Vocabulary,
  cite: Cite,
  hasTransparencyDuties: boolean,
): Omit<AiActTriage, "transparencyDuties"> {
  const areas = readUseAreas(profile);
  const annexIiiAreas = (areas ?? []).filter((area) => Object.hasOwn(ANNEX_III_POINTS, area));
  const bar = annexIiiAreas.length > 0 ? findExceptionBar(profile, annexIiiAreas, vocabulary, cite) : null;
  const exceptionMayApply = annexIiiAreas.length > 0 && bar === null;
  const annexIii = {
    areas: annexIiiAreas,
    highRisk: annexIiiAreas.length > 0 && !exceptionMayApply,
    exceptionMayApply,
  };
  const annexIiiReasons =
    annexIiiAreas.length > 0
      ? [
          ...describeAnnexIiiAreas(annexIiiAreas, vocabulary, cite),
          bar ?? describeExceptionMayApply(profile, vocabulary, cite),
        ]
      : [];
  const verification = areas?.includes("biometric-verification") ? [describeVerification(cite)] : [];

  const prohibited = describeProhibited(areas ?? [], vocabulary, cite);
  if (prohibited.length > 0) {
    return { aiActClass: "prohibited", aiActReasons: prohibited, annexIii };
  }
  if (areas?.includes("medical-device")) {
    return {
      aiActClass: "high-risk-annex-i",
      aiActReasons: [describeAnnexI(cite), ...annexIiiReasons, ...verification, describeDeployerDuties(cite)],
      annexIii,
    };
  }
  if (annexIiiAreas.length > 0) {
    return exceptionMayApply
      ? { aiActClass: "annex-iii-exception", aiActReasons: [...annexIiiReasons, ...verification], annexIii }
      : {
          aiActClass: "high-risk-annex-iii",
          aiActReasons: [...annexIiiReasons, ...verification, describeDeployerDuties(cite)],
          annexIii,
        };
  }
  if (areas === null) {
    return {
      aiActClass: "undetermined",
      aiActReasons: [
        finding(
          "Besvar spørgsmålet om særlige anvendelsesområder: uden det kan forbudt brug eller højrisiko ikke udelukkes.",
          "Answer the question about particular areas of use: without it, prohibited or high-risk use cannot be ruled out.",
          cite("prohibited", "annexI", "annexIii"),
        ),
      ],
      annexIii,
    };
  }
  if (hasTransparencyDuties) {
    return {
      aiActClass: "transparency",
      aiActReasons: [
        finding(
          "Ingen af de forbudte praksisser eller særlige anvendelsesområder gælder efter jeres svar, men løsningen har gennemsigtighedskrav efter artikel 50.",
          "According to your answers none of the prohibited practices or particular areas of use applies, but the solution has transparency duties under Article 50.",
          cite("transparency"),
        ),
        ...verification,
      ],
      annexIii,
    };
  }
  if (!profileValues(profile, "audience") || !profileValues(profile, "technology")) {
    return {
      aiActClass: "undetermined",
      aiActReasons: [
        finding(
          "Besvar spørgsmålene om, hvem der bruger eller berøres af løsningen, og hvilken teknologi den bruger: de afgør, om der er gennemsigtighedskrav.",
          "Answer the questions about who uses or is affected by the solution and which technology it uses: they decide whether transparency duties apply.",
          cite("transparency"),
        ),
      ],
      annexIii,
    };
  }
  return {
    aiActClass: "minimal",
    aiActReasons: [
      finding(
        "Ingen af de forbudte praksisser eller særlige anvendelsesområder gælder efter jeres svar, og løsningen har ingen gennemsigtighedskrav: den har minimal risiko efter AI-forordningen.",
        "According to your answers none of the prohibited practices or particular areas of use applies, and the solution has no transparency duty: it is minimal risk under the AI Act.",
        cite("minimalRisk"),
      ),
      ...verification,
    ],
    annexIii,
  };
}

/**
 * The indicative AI Act class from the project profile, with its reasons. Transparency duties
 * (Article 50) are listed whatever the class; the provider or deployer role follows a high-risk
 * class, and Article 4 (AI literacy) always closes the reasons.
 */
export function triageAiAct(profile: Profile, vocabulary: Vocabulary, cite: Cite): AiActTriage {
  const areas = readUseAreas(profile) ?? [];
  const transparencyDuties = findTransparencyDuties(profile, areas, cite);
  const classified = classify(profile, vocabulary, cite, transparencyDuties.length > 0);
  return {
    ...classified,
    aiActReasons: [
      ...classified.aiActReasons,
      ...describeRole(profile, classified.aiActClass, cite),
      describeLiteracy(cite),
    ],
    transparencyDuties: classified.aiActClass === "prohibited" ? [] : transparencyDuties,
  };
}
