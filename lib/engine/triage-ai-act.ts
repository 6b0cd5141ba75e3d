import type { LocalizedText } from "../schemas/common";
import type { AttributeId, Vocabulary } from "../schemas/vocabulary";
import type { Cite } from "./legal-rule-ids";
import { profileHas, profileValues, type Profile } from "./read-profile";
import type { AiActClass, LegalFinding } from "./types";

/** The use areas of Annex III that matter to public bodies, with their point in the annex. */
export const ANNEX_III_POINTS: Readonly<Record<string, LocalizedText>> = {
  biometrics: { da: "punkt 1", en: "point 1" },
  "critical-infrastructure": { da: "punkt 2", en: "point 2" },
  education: { da: "punkt 3", en: "point 3" },
  employment: { da: "punkt 4", en: "point 4" },
  "public-benefits": { da: "punkt 5, litra a", en: "point 5(a)" },
  "emergency-triage": { da: "punkt 5, litra d", en: "point 5(d)" },
  "law-enforcement": { da: "punkt 6", en: "point 6" },
  migration: { da: "punkt 7", en: "point 7" },
  justice: { da: "punkt 8", en: "point 8" },
};

/** AI roles that may be a narrow procedural or preparatory task (Article 6(3)). */
const NARROW_ROLES = ["monitoring-alerts", "extraction", "triage-routing"];

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

function findTransparencyDuties(profile: Profile, cite: Cite): LegalFinding[] {
  const duties: LegalFinding[] = [];
  if (profileHas(profile, "audience", "citizens-interact")) {
    duties.push({
      text: {
        da: "Borgere bruger eller taler direkte med løsningen: de skal have at vide, at de har med et AI-system at gøre (artikel 50).",
        en: "Citizens use or talk to the solution directly: they must be told that they are dealing with an AI system (Article 50).",
      },
      ruleIds: cite("transparency"),
    });
  }
  if (profileHas(profile, "technology", "generative-ai")) {
    duties.push({
      text: {
        da: "Generativ AI: artikel 50 kræver, at indhold, som AI har skabt, kan genkendes som sådan, fx ved mærkning, og i visse tilfælde at det oplyses til modtagerne.",
        en: "Generative AI: Article 50 requires that content created by AI can be recognised as such, e.g. by marking, and in some cases that this is disclosed to the people who receive it.",
      },
      ruleIds: cite("transparency"),
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

function describeException(profile: Profile, vocabulary: Vocabulary, cite: Cite): LegalFinding {
  const role = profileValues(profile, "ai-role")?.[0];
  const ruleIds = cite("annexIiiException");
  if (role === undefined) {
    return {
      text: {
        da: "Besvar spørgsmålet om AI'ens rolle: først da kan det vurderes, om undtagelsen i artikel 6, stk. 3, kan komme på tale.",
        en: "Answer the question about the AI's role: only then can it be judged whether the Article 6(3) exception could apply.",
      },
      ruleIds,
    };
  }
  const label = labelOf(vocabulary, "ai-role", role);
  if (!NARROW_ROLES.includes(role)) {
    return {
      text: {
        da: `AI'ens rolle (»${label.da}«) er mere end en snæver proceduremæssig eller forberedende opgave, så undtagelsen i artikel 6, stk. 3, kan næppe bruges.`,
        en: `The AI's role ("${label.en}") is more than a narrow procedural or preparatory task, so the Article 6(3) exception is unlikely to apply.`,
      },
      ruleIds,
    };
  }
  if (profileHas(profile, "profiling", "yes")) {
    return {
      text: {
        da: "Løsningen profilerer personer, og så gælder undtagelsen i artikel 6, stk. 3, aldrig.",
        en: "The solution profiles people, and then the Article 6(3) exception never applies.",
      },
      ruleIds,
    };
  }
  return {
    text: {
      da: `AI'ens rolle (»${label.da}«) kan være en snæver proceduremæssig eller forberedende opgave, så undtagelsen i artikel 6, stk. 3, kan finde anvendelse. Vurderingen skal dokumenteres, før systemet tages i brug, og undtagelsen gælder aldrig, hvis systemet profilerer personer.`,
      en: `The AI's role ("${label.en}") may be a narrow procedural or preparatory task, so the Article 6(3) exception may apply. The assessment must be documented before the system is put into use, and the exception never applies if the system profiles people.`,
    },
    ruleIds,
  };
}

function describeDeployerDuties(cite: Cite): LegalFinding {
  return {
    text: {
      da: "Et højrisikosystem giver jer pligter som idriftsætter, bl.a. menneskeligt tilsyn ved personer med de rette kompetencer og brug efter leverandørens brugsanvisning (artikel 26).",
      en: "A high-risk system gives you duties as its deployer, among them human oversight by people with the right competences and use according to the provider's instructions (Article 26).",
    },
    ruleIds: cite("deployerDuties"),
  };
}

function describeLiteracy(cite: Cite): LegalFinding {
  return {
    text: {
      da: "Uanset klasse skal I sørge for, at de medarbejdere, der driver eller bruger systemet, har tilstrækkelige AI-færdigheder (artikel 4).",
      en: "Whatever the class, you must make sure that the staff who run or use the system have sufficient AI literacy (Article 4).",
    },
    ruleIds: cite("aiLiteracy"),
  };
}

/** Whether the use areas are known: "not applicable" means none of them applies. */
function readUseAreas(profile: Profile): string[] | null {
  const answer = profile.get("use-areas");
  if (answer?.state === "not-applicable") return [];
  return answer?.state === "values" ? answer.values : null;
}

function classify(
  profile: Profile,
  vocabulary: Vocabulary,
  cite: Cite,
  hasTransparencyDuties: boolean,
): Omit<AiActTriage, "transparencyDuties"> {
  const areas = readUseAreas(profile);
  const annexIiiAreas = (areas ?? []).filter((area) => Object.hasOwn(ANNEX_III_POINTS, area));
  const role = profileValues(profile, "ai-role")?.[0];
  const exceptionMayApply =
    annexIiiAreas.length > 0 &&
    role !== undefined &&
    NARROW_ROLES.includes(role) &&
    !profileHas(profile, "profiling", "yes");
  const annexIii = {
    areas: annexIiiAreas,
    highRisk: annexIiiAreas.length > 0 && !exceptionMayApply,
    exceptionMayApply,
  };
  const annexIiiReasons =
    annexIiiAreas.length > 0
      ? [
          ...describeAnnexIiiAreas(annexIiiAreas, vocabulary, cite),
          describeException(profile, vocabulary, cite),
        ]
      : [];

  if (areas?.includes("social-scoring")) {
    return {
      aiActClass: "prohibited",
      aiActReasons: [
        {
          text: {
            da: "At vurdere borgere ud fra deres sociale adfærd eller personlighed (social scoring) er forbudt praksis: et sådant system må ikke tages i brug.",
            en: "Rating citizens by their social behaviour or personality (social scoring) is a prohibited practice: such a system may not be put into use.",
          },
          ruleIds: cite("prohibited"),
        },
      ],
      annexIii,
    };
  }
  if (areas?.includes("medical-device")) {
    const annexI: LegalFinding = {
      text: {
        da: "Medicinsk udstyr, eller en sikkerhedskomponent i et produkt under EU's produktlovgivning som forordningen om medicinsk udstyr, er et højrisikosystem efter artikel 6, stk. 1, og bilag I.",
        en: "A medical device, or a safety component of a product under EU product legislation such as the Medical Devices Regulation, is a high-risk system under Article 6(1) and Annex I.",
      },
      ruleIds: cite("annexI"),
    };
    return {
      aiActClass: "high-risk-annex-i",
      aiActReasons: [annexI, ...annexIiiReasons, describeDeployerDuties(cite)],
      annexIii,
    };
  }
  if (annexIiiAreas.length > 0) {
    return exceptionMayApply
      ? { aiActClass: "annex-iii-exception", aiActReasons: annexIiiReasons, annexIii }
      : {
          aiActClass: "high-risk-annex-iii",
          aiActReasons: [...annexIiiReasons, describeDeployerDuties(cite)],
          annexIii,
        };
  }
  if (areas === null) {
    return {
      aiActClass: "undetermined",
      aiActReasons: [
        {
          text: {
            da: "Besvar spørgsmålet om særlige anvendelsesområder: uden det kan forbudt brug eller højrisiko ikke udelukkes.",
            en: "Answer the question about particular areas of use: without it, prohibited or high-risk use cannot be ruled out.",
          },
          ruleIds: cite("prohibited", "annexI", "annexIii"),
        },
      ],
      annexIii,
    };
  }
  if (hasTransparencyDuties) {
    return {
      aiActClass: "transparency",
      aiActReasons: [
        {
          text: {
            da: "Ingen af de særlige anvendelsesområder gælder, men løsningen har gennemsigtighedspligter efter artikel 50.",
            en: "None of the particular areas of use applies, but the solution has transparency duties under Article 50.",
          },
          ruleIds: cite("transparency"),
        },
      ],
      annexIii,
    };
  }
  if (!profileValues(profile, "audience") || !profileValues(profile, "technology")) {
    return {
      aiActClass: "undetermined",
      aiActReasons: [
        {
          text: {
            da: "Besvar spørgsmålene om, hvem der møder løsningen, og hvilken teknologi den bruger: de afgør, om der er gennemsigtighedspligter.",
            en: "Answer the questions about who meets the solution and which technology it uses: they decide whether transparency duties apply.",
          },
          ruleIds: cite("transparency"),
        },
      ],
      annexIii,
    };
  }
  return {
    aiActClass: "minimal",
    aiActReasons: [
      {
        text: {
          da: "Ingen af de særlige anvendelsesområder gælder, og løsningen har ingen gennemsigtighedspligt: den har minimal risiko efter AI-forordningen.",
          en: "None of the particular areas of use applies and the solution has no transparency duty: it is minimal risk under the AI Act.",
        },
        ruleIds: cite("minimalRisk"),
      },
    ],
    annexIii,
  };
}

/**
 * The indicative AI Act class from the project profile, with its reasons. Transparency duties
 * (Article 50) are listed whatever the class, and Article 4 (AI literacy) always closes the reasons.
 */
export function triageAiAct(profile: Profile, vocabulary: Vocabulary, cite: Cite): AiActTriage {
  const transparencyDuties = findTransparencyDuties(profile, cite);
  const classified = classify(profile, vocabulary, cite, transparencyDuties.length > 0);
  return {
    ...classified,
    aiActReasons: [...classified.aiActReasons, describeLiteracy(cite)],
    transparencyDuties,
  };
}
