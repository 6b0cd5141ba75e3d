import type { LocalizedText } from "@/lib/schemas/common";
import type { LegalContent } from "@/lib/schemas/legal";
import { aiActTexts, annexIiiPoints, prohibitedPractices } from "./ai-act-rules";
import { dpiaTexts } from "./dpia-criteria";
import { legalTriageTexts } from "./legal-triage-texts";

/**
 * The legal rules and dates the legal triage relies on. Every fact here comes from a public
 * source named with it; bump `version` and `reviewedOn` whenever a rule or a date changes, and set
 * a date's `checkedOn` only when that date was checked against its source.
 */

const aiActTitle: LocalizedText = {
  da: "Forordning (EU) 2024/1689 (AI-forordningen)",
  en: "Regulation (EU) 2024/1689 (Artificial Intelligence Act)",
};
const gdprTitle: LocalizedText = {
  da: "Forordning (EU) 2016/679 (databeskyttelsesforordningen)",
  en: "Regulation (EU) 2016/679 (General Data Protection Regulation)",
};

function aiAct(reference: LocalizedText) {
  return {
    title: aiActTitle,
    citation: { da: `EUT L 2024/1689, ${reference.da}`, en: `EUR-Lex OJ L 2024/1689, ${reference.en}` },
  };
}

function gdpr(reference: LocalizedText) {
  return {
    title: gdprTitle,
    citation: {
      da: `Forordning (EU) 2016/679, ${reference.da}`,
      en: `Regulation (EU) 2016/679, ${reference.en}`,
    },
  };
}

/*
 * The amending regulation ("Digital Omnibus on AI") is adopted law. Its Official Journal number
 * could not be checked against EUR-Lex when this was written, so it is cited by its procedure
 * number and adoption dates; replace with the OJ reference once verified.
 */
function omnibus(reference: LocalizedText) {
  return {
    title: {
      da: "Forordning om ændring af AI-forordningen (»Digital Omnibus om AI«), vedtaget af Europa-Parlamentet 16. juni 2026 og Rådet 29. juni 2026",
      en: "Regulation amending the AI Act (“Digital Omnibus on AI”), adopted by the European Parliament on 16 June 2026 and the Council on 29 June 2026",
    },
    citation: {
      da: `Procedure 2025/0359(COD), ${reference.da}`,
      en: `Procedure 2025/0359(COD), ${reference.en}`,
    },
  };
}

const CHECKED_ON = "2026-12-07";

export const legalContent: LegalContent = {
  version: "2026-12",
  reviewedOn: "2026-12-07",
  texts: {
    aiAct: aiActTexts,
    triage: legalTriageTexts,
    dpia: dpiaTexts,
    annexIiiPoints,
    prohibitedPractices,
  },
  authorities: {
    da: "I Danmark er Digitaliseringsstyrelsen, Datatilsynet og Domstolsstyrelsen nationale kompetente myndigheder efter AI-forordningen. Digitaliseringsstyrelsen er centralt kontaktpunkt og markedsovervågningsmyndighed for de fleste forbudte praksisser; Datatilsynet fører tilsyn med forbuddene mod forudsigelse af kriminalitet alene ud fra profilering og mod biometrisk kategorisering; Domstolsstyrelsen med domstolenes ikke-dømmende brug af AI (lov om supplerende bestemmelser til forordningen om kunstig intelligens, lovforslag L 154, 2024-25). Tilsynet med højrisikosystemer skal fastlægges i en senere lov.",
    en: "In Denmark, Digitaliseringsstyrelsen (the Agency for Digital Government), Datatilsynet (the Data Protection Agency) and Domstolsstyrelsen (the Court Administration) are the national competent authorities under the AI Act. Digitaliseringsstyrelsen is the single point of contact and the market surveillance authority for most prohibited practices; Datatilsynet supervises the bans on crime prediction based solely on profiling and on biometric categorisation; Domstolsstyrelsen covers the courts' non-judicial use of AI (the Danish act supplementing the AI Act, bill L 154, 2024-25). Supervision of high-risk systems is to be set out in a later act.",
  },
  rules: [
    {
      id: "ai-act-art-5",
      instrument: "ai-act",
      reference: { da: "Artikel 5", en: "Article 5" },
      title: { da: "Forbudte former for AI", en: "Prohibited AI practices" },
      summary: {
        da: "Artikel 5 forbyder for alle, ikke kun myndigheder, bl.a.: manipulation og udnyttelse af sårbarhed på grund af alder, handicap eller social eller økonomisk situation (stk. 1, litra a–b); social scoring, der fører til skadelig behandling i en sammenhæng uden forbindelse til de oprindelige data, eller til behandling, der er uberettiget eller uforholdsmæssig (litra c); forudsigelse af, om en person vil begå en forbrydelse, alene ud fra profilering eller personlighedstræk (litra d); ukritisk indsamling af ansigtsbilleder fra internettet eller overvågningskameraer (litra e); følelsesgenkendelse på arbejdspladsen og i uddannelse, undtagen af medicinske eller sikkerhedsmæssige grunde (litra f); biometrisk kategorisering, der udleder fx race, politisk eller religiøs overbevisning, fagforeningsmedlemskab eller seksuel orientering (litra g); og biometrisk fjernidentifikation i realtid på offentlige steder til retshåndhævelse, med snævre undtagelser (litra h). Forbuddene gælder fra 2. februar 2025. Digital Omnibus tilføjer et forbud mod AI, der genererer intime billeder af personer uden deres samtykke eller materiale med seksuelt misbrug af børn, fra 2. december 2026.",
        en: "Article 5 prohibits for everyone, not only public authorities, among others: manipulation and exploiting vulnerabilities due to age, disability or social or economic situation (Article 5(1)(a)-(b)); social scoring that leads to detrimental treatment in contexts unrelated to where the data came from, or to treatment that is unjustified or disproportionate (point (c)); predicting whether a person will commit a crime based solely on profiling or personality traits (point (d)); untargeted scraping of facial images from the internet or CCTV (point (e)); emotion recognition in the workplace and in education, except for medical or safety reasons (point (f)); biometric categorisation that infers, for example, race, political or religious beliefs, trade union membership or sexual orientation (point (g)); and real-time remote biometric identification in public spaces for law enforcement, with narrow exceptions (point (h)). The prohibitions apply from 2 February 2025. The Digital Omnibus adds a ban on AI that generates intimate images of people without their consent or child sexual abuse material, from 2 December 2026.",
      },
      source: aiAct({
        da: "Artikel 5, som ændret ved Digital Omnibus",
        en: "Article 5, as amended by the Digital Omnibus",
      }),
    },
    {
      id: "ai-act-art-6-1-annex-i",
      instrument: "ai-act",
      reference: { da: "Artikel 6, stk. 1, og bilag I", en: "Article 6(1) and Annex I" },
      title: {
        da: "Højrisiko: AI i produkter under EU's produktregler",
        en: "High-risk: AI in products under EU product legislation",
      },
      summary: {
        da: "Et AI-system er højrisiko efter artikel 6, stk. 1, når begge betingelser er opfyldt: (a) det er et produkt eller en sikkerhedskomponent i et produkt, der er omfattet af EU-lovgivningen i bilag I, fx forordningen om medicinsk udstyr (MDR 2017/745) og IVDR, og (b) produktet skal overensstemmelsesvurderes af tredjepart (et bemyndiget organ) efter den lovgivning. Katalogets to sundhedscases, mammografi og graviditetsscanning, er sandsynligvis af denne type; kataloget oplyser ikke deres MDR-klasse. Digital Omnibus har præciseret, hvad der er en sikkerhedskomponent.",
        en: "An AI system is high-risk under Article 6(1) when both conditions are met: (a) it is a product, or a safety component of a product, covered by the EU legislation in Annex I, such as the Medical Devices Regulation (MDR 2017/745) and the IVDR, and (b) the product must undergo a third-party conformity assessment (by a notified body) under that legislation. The catalogue's two health cases, mammography and pregnancy ultrasound, are probably of this kind; the catalogue does not state their MDR class. The Digital Omnibus clarified what counts as a safety component.",
      },
      source: aiAct({ da: "Artikel 6, stk. 1, bilag I", en: "Article 6(1), Annex I" }),
    },
    {
      id: "ai-act-art-6-2-annex-iii",
      instrument: "ai-act",
      reference: { da: "Artikel 6, stk. 2, og bilag III", en: "Article 6(2) and Annex III" },
      title: {
        da: "Højrisiko: AI brugt på bestemte områder",
        en: "High-risk: AI used in particular areas",
      },
      summary: {
        da: "AI, der bruges på et af de områder, som bilag III opregner, er højrisiko efter artikel 6, stk. 2, medmindre undtagelsen i artikel 6, stk. 3, gælder.",
        en: "AI used in one of the areas listed in Annex III is high-risk under Article 6(2), unless the exception in Article 6(3) applies.",
      },
      source: aiAct({ da: "Artikel 6, stk. 2, bilag III", en: "Article 6(2), Annex III" }),
    },
    {
      id: "ai-act-annex-iii-5a",
      instrument: "ai-act",
      reference: { da: "Bilag III, punkt 5, litra a", en: "Annex III, point 5(a)" },
      title: {
        da: "Bilag III, punkt 5, litra a: offentlige ydelser",
        en: "Annex III, point 5(a): public benefits",
      },
      summary: {
        da: "Omfatter AI, der bruges af eller på vegne af offentlige myndigheder til at vurdere, om borgere er berettigede til væsentlige offentlige ydelser og tjenester, herunder sundhedsydelser, eller til at tildele, nedsætte, tilbagekalde eller tilbagekræve dem. Kontrol med udbetalte ydelser hører hertil (tilbagekrævning), ikke under retshåndhævelse i punkt 6.",
        en: "Covers AI used by or on behalf of public authorities to evaluate whether people are eligible for essential public assistance benefits and services, including healthcare, or to grant, reduce, revoke or reclaim them. Control of benefits paid out belongs here (reclaiming), not under law enforcement in point 6.",
      },
      source: aiAct({ da: "Bilag III, punkt 5, litra a", en: "Annex III, point 5(a)" }),
    },
    {
      id: "ai-act-annex-iii-areas",
      instrument: "ai-act",
      reference: { da: "Bilag III, punkt 1–8", en: "Annex III, points 1–8" },
      title: {
        da: "Bilag III: andre højrisikoområder for offentlige myndigheder",
        en: "Annex III: other high-risk areas for public authorities",
      },
      summary: {
        da: "Bilag III omfatter også biometri (punkt 1: fjernidentifikation, dog ikke verifikation, der alene bekræfter, at en person er den, vedkommende udgiver sig for; kategorisering efter følsomme eller beskyttede egenskaber; følelsesgenkendelse), kritisk infrastruktur (2), uddannelse (3), beskæftigelse, herunder rekruttering, afskedigelse, opgavefordeling og overvågning og evaluering af medarbejdere (4), adgang til væsentlige ydelser, herunder visitering af nødopkald (5, litra d), retshåndhævelse (6), migration (7) og retspleje (8).",
        en: "Annex III also covers biometrics (point 1: remote identification, but not verification that only confirms that a person is who they claim to be; categorisation by sensitive or protected attributes; emotion recognition), critical infrastructure (2), education (3), employment, including recruitment, termination, task allocation and monitoring and evaluating staff (4), access to essential services, including emergency-call triage (5(d)), law enforcement (6), migration (7) and the administration of justice (8).",
      },
      source: aiAct({ da: "Bilag III", en: "Annex III" }),
    },
    {
      id: "ai-act-art-6-3",
      instrument: "ai-act",
      reference: { da: "Artikel 6, stk. 3 og 4", en: "Article 6(3) and (4)" },
      title: {
        da: "Undtagelse fra højrisiko for bilag III",
        en: "Exception from high-risk for Annex III",
      },
      summary: {
        da: "Et system på et bilag III-område er ikke højrisiko, hvis det ikke udgør en væsentlig risiko for skade på sundhed, sikkerhed eller grundlæggende rettigheder, herunder ved ikke væsentligt at påvirke resultatet af beslutningstagningen. Det forudsætter, at systemet alene (a) udfører en snæver proceduremæssig opgave, (b) forbedrer resultatet af en tidligere afsluttet menneskelig aktivitet, (c) påviser beslutningsmønstre eller afvigelser fra tidligere beslutningsmønstre og ikke er beregnet til at erstatte eller påvirke den tidligere afsluttede menneskelige vurdering uden ordentlig menneskelig gennemgang, eller (d) udfører en forberedende opgave til en vurdering, der er relevant for et bilag III-formål. Undtagelsen gælder aldrig, når systemet profilerer fysiske personer. Udbyderen skal dokumentere vurderingen, før systemet bringes i omsætning eller tages i brug (stk. 4), og registrere systemet i EU's database (artikel 49, stk. 2).",
        en: "A system in an Annex III area is not high-risk if it does not pose a significant risk of harm to health, safety or fundamental rights, including by not materially influencing the outcome of decision-making. That requires that the system is only intended to (a) perform a narrow procedural task, (b) improve the result of a previously completed human activity, (c) detect decision-making patterns or deviations from prior decision-making patterns, and is not meant to replace or influence the previously completed human assessment without proper human review, or (d) perform a preparatory task to an assessment relevant to an Annex III purpose. The exception never applies when the system profiles natural persons. The provider must document the assessment before the system is placed on the market or put into service (Article 6(4)) and register the system in the EU database (Article 49(2)).",
      },
      source: aiAct({
        da: "Artikel 6, stk. 3 og 4; artikel 49, stk. 2",
        en: "Article 6(3)-(4); Article 49(2)",
      }),
    },
    {
      id: "ai-act-art-50",
      instrument: "ai-act",
      reference: { da: "Artikel 50", en: "Article 50" },
      title: { da: "Krav om åbenhed", en: "Transparency duties" },
      summary: {
        da: "Fra 2. august 2026 kræver artikel 50, at mennesker får at vide, at de interagerer med et AI-system (stk. 1); at indhold, som AI genererer, mærkes maskinlæsbart (stk. 2); at den, der bruger følelsesgenkendelse eller biometrisk kategorisering, oplyser de berørte personer om det (stk. 3); og at deepfakes og AI-genereret tekst, der offentliggøres for at informere offentligheden, oplyses som sådan (stk. 4). For generative systemer, der var i omsætning før 2. august 2026, gælder mærkningspligten i stk. 2 fra 2. december 2026 (Digital Omnibus).",
        en: "From 2 August 2026, Article 50 requires that people are told they are interacting with an AI system (paragraph 1); that content generated by AI is marked in a machine-readable way (paragraph 2); that deployers of emotion recognition or biometric categorisation inform the people exposed to it (paragraph 3); and that deep fakes and AI-generated text published to inform the public are disclosed as such (paragraph 4). For generative systems placed on the market before 2 August 2026, the marking duty of paragraph 2 applies from 2 December 2026 (Digital Omnibus).",
      },
      source: aiAct({
        da: "Artikel 50; artikel 111 som ændret ved Digital Omnibus",
        en: "Article 50; Article 111 as amended by the Digital Omnibus",
      }),
    },
    {
      id: "ai-act-minimal-risk",
      instrument: "ai-act",
      reference: { da: "Uden for artikel 5, 6 og 50", en: "Outside Articles 5, 6 and 50" },
      title: { da: "Minimal risiko", en: "Minimal risk" },
      summary: {
        da: "AI, der hverken er forbudt, højrisiko eller omfattet af gennemsigtighedskrav, har minimal risiko. Pligten til AI-færdigheder i artikel 4 gælder stadig.",
        en: "AI that is neither prohibited, high-risk nor subject to transparency duties is minimal risk. The AI-literacy duty of Article 4 still applies.",
      },
      source: aiAct({ da: "Artikel 4, 5, 6 og 50", en: "Articles 4, 5, 6 and 50" }),
    },
    {
      id: "ai-act-art-4",
      instrument: "ai-act",
      reference: {
        da: "Artikel 4, som ændret ved Digital Omnibus",
        en: "Article 4, as amended by the Digital Omnibus",
      },
      title: { da: "AI-færdigheder hos medarbejderne", en: "AI literacy of staff" },
      summary: {
        da: "Udbydere og idriftsættere skal træffe foranstaltninger, der understøtter AI-færdighederne hos deres medarbejdere og andre, der driver eller bruger AI-systemer på deres vegne, afpasset efter deres viden og erfaring, sammenhængen og de personer, systemet bruges på. Efter Digital Omnibus er det en pligt til at gøre en indsats: den kræver ikke, at et bestemt niveau garanteres. Pligten har gældet siden 2. februar 2025. Ordlyden her bygger på offentlige gengivelser af den vedtagne tekst; tjek den i EU-Tidende.",
        en: "Providers and deployers must take measures to support the AI literacy of their staff and others who operate or use AI systems on their behalf, matched to their knowledge and experience, the context and the people the system is used on. Since the Digital Omnibus this is a duty of effort: it does not require a particular level to be guaranteed. The duty has applied since 2 February 2025. This wording relies on public accounts of the adopted text; check it in the Official Journal.",
      },
      source: omnibus({ da: "ændring af artikel 4", en: "amendment of Article 4" }),
    },
    {
      id: "ai-act-art-26",
      instrument: "ai-act",
      reference: { da: "Artikel 26", en: "Article 26" },
      title: {
        da: "Idriftsætterens pligter, herunder menneskeligt tilsyn",
        en: "Deployer duties, including human oversight",
      },
      summary: {
        da: "Den, der tager et højrisikosystem i brug, skal efter artikel 26 bl.a. bruge det efter brugsanvisningen, sikre menneskeligt tilsyn ved kompetente personer, overvåge driften og gemme logs i mindst seks måneder, informere medarbejderrepræsentanter, før systemet bruges på arbejdspladsen, og informere de personer, som et bilag III-system træffer eller hjælper med at træffe beslutninger om. Personer har ret til en forklaring på sådanne beslutninger (artikel 86).",
        en: "Under Article 26, a deployer of a high-risk system must, among other things, use it according to the instructions for use, ensure human oversight by competent people, monitor its operation and keep logs for at least six months, inform workers' representatives before using it at the workplace, and inform the people about whom an Annex III system makes or helps make decisions. People have a right to an explanation of such decisions (Article 86).",
      },
      source: aiAct({ da: "Artikel 26 og 86", en: "Articles 26 and 86" }),
    },
    {
      id: "ai-act-provider",
      instrument: "ai-act",
      reference: { da: "Artikel 3, nr. 3, artikel 16 og 25", en: "Articles 3(3), 16 and 25" },
      title: {
        da: "Udbyder eller idriftsætter",
        en: "Provider or deployer",
      },
      summary: {
        da: "En myndighed, der selv udvikler et AI-system eller får det udviklet og tager det i brug under eget navn, er udbyder (artikel 3, nr. 3). Udbydere af højrisikosystemer har pligterne i artikel 16, bl.a. kvalitetsstyring, overensstemmelsesvurdering, CE-mærkning og registrering. En idriftsætter bliver udbyder, hvis den sætter sit navn på et højrisikosystem, ændrer det væsentligt eller bruger det til et højrisikoformål, det ikke var beregnet til (artikel 25).",
        en: "An authority that develops an AI system itself, or has it developed, and puts it into service under its own name is a provider (Article 3(3)). Providers of high-risk systems have the duties of Article 16, among them quality management, conformity assessment, CE marking and registration. A deployer becomes a provider if it puts its name on a high-risk system, modifies it substantially or uses it for a high-risk purpose it was not intended for (Article 25).",
      },
      source: aiAct({ da: "Artikel 3, nr. 3, artikel 16 og 25", en: "Articles 3(3), 16 and 25" }),
    },
    {
      id: "ai-act-art-27",
      instrument: "ai-act",
      reference: { da: "Artikel 27", en: "Article 27" },
      title: {
        da: "Konsekvensanalyse for grundlæggende rettigheder (FRIA)",
        en: "Fundamental-rights impact assessment (FRIA)",
      },
      summary: {
        da: "Offentligretlige organer og private, der leverer offentlige tjenester, og som tager et højrisikosystem efter bilag III i brug (undtagen punkt 2, kritisk infrastruktur), skal lave en konsekvensanalyse for grundlæggende rettigheder, før systemet bruges første gang. Den supplerer en konsekvensanalyse efter databeskyttelsesforordningen.",
        en: "Bodies governed by public law, and private bodies providing public services, that deploy an Annex III high-risk system (except point 2, critical infrastructure) must carry out a fundamental-rights impact assessment before first use. It complements a GDPR data protection impact assessment.",
      },
      source: aiAct({ da: "Artikel 27, stk. 1", en: "Article 27(1)" }),
    },
    {
      id: "ai-act-art-49-3",
      instrument: "ai-act",
      reference: { da: "Artikel 49, stk. 3", en: "Article 49(3)" },
      title: {
        da: "Registrering af brugen i EU's database",
        en: "Registration of the use in the EU database",
      },
      summary: {
        da: "Offentlige myndigheder, der tager et højrisikosystem efter bilag III i brug (undtagen punkt 2, kritisk infrastruktur), skal registrere sig og brugen i EU's database.",
        en: "Public authorities deploying an Annex III high-risk system (except point 2, critical infrastructure) must register themselves and the use in the EU database.",
      },
      source: aiAct({ da: "Artikel 49, stk. 3", en: "Article 49(3)" }),
    },
    {
      id: "ai-act-digital-omnibus",
      instrument: "ai-act",
      reference: { da: "Digital Omnibus om AI", en: "Digital Omnibus on AI" },
      title: {
        da: "Ændringen af AI-forordningen (Digital Omnibus)",
        en: "The amendment of the AI Act (Digital Omnibus)",
      },
      summary: {
        da: "Ændringsforordningen er vedtaget (Europa-Parlamentet 16. juni 2026, Rådet 29. juni 2026) og gælder. Den flytter højrisikoforpligtelserne til 2. december 2027 (bilag III) og 2. august 2028 (bilag I), tilføjer et forbud mod AI-genererede intime billeder uden samtykke og materiale med seksuelt misbrug af børn fra 2. december 2026, giver generative systemer i omsætning før 2. august 2026 frist til 2. december 2026 for mærkningspligten i artikel 50, stk. 2, flytter de nationale sandkasser til 2. august 2027 og ændrer pligten til AI-færdigheder i artikel 4.",
        en: "The amending regulation is adopted (European Parliament 16 June 2026, Council 29 June 2026) and applies. It moves the high-risk obligations to 2 December 2027 (Annex III) and 2 August 2028 (Annex I), adds a ban on AI-generated non-consensual intimate images and child sexual abuse material from 2 December 2026, gives generative systems on the market before 2 August 2026 until 2 December 2026 for the Article 50(2) marking duty, moves the national sandboxes to 2 August 2027 and amends the AI-literacy duty of Article 4.",
      },
      source: omnibus({ da: "artikel 1", en: "Article 1" }),
    },
    {
      id: "gdpr-art-6-1-e",
      instrument: "gdpr",
      reference: { da: "Artikel 6, stk. 1, litra e, og stk. 3", en: "Article 6(1)(e) and 6(3)" },
      title: {
        da: "Behandling som led i en opgave i samfundets interesse",
        en: "Processing for a task in the public interest",
      },
      summary: {
        da: "En offentlig myndighed, der behandler personoplysninger for at løse en opgave i samfundets interesse, bygger på artikel 6, stk. 1, litra e. Det kræver et tilstrækkeligt klart supplerende grundlag i EU-retten eller dansk ret (artikel 6, stk. 3).",
        en: "A public authority that processes personal data to perform a task in the public interest relies on Article 6(1)(e). This needs a sufficiently clear supplementary basis in Union or Danish law (Article 6(3)).",
      },
      source: gdpr({ da: "Artikel 6, stk. 1, litra e, og stk. 3", en: "Article 6(1)(e), 6(3)" }),
    },
    {
      id: "gdpr-art-9-2",
      instrument: "gdpr",
      reference: { da: "Artikel 9, stk. 2, litra g, h og j", en: "Article 9(2)(g), (h) and (j)" },
      title: {
        da: "Følsomme oplysninger, fx helbredsoplysninger",
        en: "Special categories of data, such as health data",
      },
      summary: {
        da: "Behandler myndigheden følsomme oplysninger som helbredsoplysninger, bygger den typisk på artikel 9, stk. 2, litra g eller h, med et tilstrækkeligt klart supplerende grundlag i EU-retten eller dansk ret. Udvikling og træning i forskningsprojekter kan i stedet bygge på litra j sammen med databeskyttelseslovens § 10 (forskning og statistik).",
        en: "If the authority processes special categories such as health data, it usually relies on Article 9(2)(g) or (h), with a sufficiently clear supplementary basis in Union or Danish law. Development and training in research projects may instead rely on point (j) together with section 10 of the Danish Data Protection Act (research and statistics).",
      },
      source: {
        title: gdprTitle,
        citation: {
          da: "Forordning (EU) 2016/679, artikel 9, stk. 2, litra g, h og j; databeskyttelsesloven § 10",
          en: "Regulation (EU) 2016/679, Article 9(2)(g), (h), (j); Danish Data Protection Act, section 10",
        },
      },
    },
    {
      id: "gdpr-art-22",
      instrument: "gdpr",
      reference: { da: "Artikel 22", en: "Article 22" },
      title: {
        da: "Automatiske afgørelser om enkeltpersoner",
        en: "Automated individual decisions",
      },
      summary: {
        da: "Artikel 22 handler om afgørelser, der alene bygger på automatisk behandling og har retsvirkning eller på tilsvarende måde påvirker personen betydeligt. I to af katalogets cases (Region Hovedstaden og Skatteforvaltningen) træffer et menneske beslutningen; hos ATP bevilges flere sager »rent digitalt«.",
        en: "Article 22 concerns decisions based solely on automated processing that have legal or similarly significant effects on the person. In two of the catalogue's cases (Region Hovedstaden and Skatteforvaltningen) a person makes the decision; at ATP more cases are granted “purely digitally”.",
      },
      source: gdpr({ da: "Artikel 22", en: "Article 22" }),
    },
    {
      id: "gdpr-art-25",
      instrument: "gdpr",
      reference: { da: "Artikel 25", en: "Article 25" },
      title: {
        da: "Dataminimering og databeskyttelse gennem design",
        en: "Data minimisation and data protection by design",
      },
      summary: {
        da: "Databeskyttelse skal bygges ind i løsningen. Katalogets eksempler er Næstved, hvor billeder lokalt omdannes til piktogrammer, og Faxe, hvor personer og biler automatisk sløres, før data uploades. Faxe Kommune vurderer, at løsningen ikke behandler personoplysninger; selve optagelsen og sløringen kan dog være behandling af personoplysninger.",
        en: "Data protection must be built into the solution. The catalogue's examples are Næstved, where images are turned into pictograms locally, and Faxe, where people and cars are blurred automatically before data is uploaded. Faxe Kommune assesses that its solution processes no personal data; the recording and blurring itself may still be processing of personal data.",
      },
      source: gdpr({ da: "Artikel 25", en: "Article 25" }),
    },
    {
      id: "gdpr-art-28",
      instrument: "gdpr",
      reference: { da: "Artikel 28", en: "Article 28" },
      title: {
        da: "Databehandleraftale med leverandøren",
        en: "Data processing agreement with the vendor",
      },
      summary: {
        da: "Behandler en leverandør personoplysninger for jer, skal der være en databehandleraftale, og leverandøren må kun behandle oplysningerne efter jeres instruks (artikel 28, stk. 3, litra a). Bruger leverandøren oplysningerne til egne formål, fx til at træne sine modeller, bliver den selv dataansvarlig for den behandling (stk. 10), og det kræver sit eget grundlag.",
        en: "If a vendor processes personal data for you, a data processing agreement is required, and the vendor may only process the data on your instructions (Article 28(3)(a)). If the vendor uses the data for its own purposes, such as training its models, it becomes a controller of that processing itself (Article 28(10)), which needs its own basis.",
      },
      source: gdpr({ da: "Artikel 28, stk. 3 og 10", en: "Article 28(3), (10)" }),
    },
    {
      id: "gdpr-art-35",
      instrument: "gdpr",
      reference: { da: "Artikel 35, herunder stk. 3, litra a–c", en: "Article 35, incl. 35(3)(a)–(c)" },
      title: {
        da: "Konsekvensanalyse (DPIA)",
        en: "Data protection impact assessment (DPIA)",
      },
      summary: {
        da: "En konsekvensanalyse er påkrævet, når en behandling sandsynligvis indebærer en høj risiko for fysiske personers rettigheder og frihedsrettigheder, og altid i tilfældene i artikel 35, stk. 3, litra a-c: systematisk og omfattende automatisk vurdering med retsvirkning eller tilsvarende betydelig virkning, behandling af følsomme oplysninger i stort omfang og systematisk overvågning af offentligt tilgængelige områder i stort omfang. Databeskyttelsesrådgiveren skal høres.",
        en: "An impact assessment is required where processing is likely to result in a high risk to the rights and freedoms of natural persons, and always in the cases of Article 35(3)(a)-(c): systematic and extensive automated evaluation with legal or similarly significant effects, large-scale processing of special categories, and large-scale systematic monitoring of publicly accessible areas. The data protection officer must be consulted.",
      },
      source: gdpr({ da: "Artikel 35", en: "Article 35" }),
    },
    {
      id: "wp248-criteria",
      instrument: "guidance",
      reference: { da: "WP248", en: "WP248" },
      title: {
        da: "De ni kriterier for, hvornår en konsekvensanalyse er sandsynlig",
        en: "The nine criteria for when an impact assessment is likely",
      },
      summary: {
        da: "EDPB/WP29's retningslinjer WP248 opregner ni kriterier: evaluering eller scoring, automatiske afgørelser med retsvirkning, systematisk overvågning, følsomme oplysninger, stor skala, samkøring af datasæt, sårbare registrerede, ny teknologi og behandling, der hindrer personer i at udøve en ret eller få en ydelse. Opfylder en behandling to eller flere af dem, er en konsekvensanalyse sandsynligvis påkrævet. Retningslinjerne sætter ikke et tal på »stor skala«.",
        en: "The EDPB/WP29 guidelines WP248 list nine criteria: evaluation or scoring, automated decisions with legal effect, systematic monitoring, sensitive data, large scale, matching or combining datasets, vulnerable data subjects, innovative technology, and processing that prevents people from exercising a right or using a service. If processing meets two or more of them, an impact assessment is likely to be required. The guidelines set no number for “large scale”.",
      },
      source: {
        title: {
          da: "EDPB/WP29: retningslinjer om konsekvensanalyse vedrørende databeskyttelse (DPIA)",
          en: "EDPB/WP29 Guidelines on Data Protection Impact Assessment (DPIA)",
        },
        citation: { da: "WP248", en: "WP248" },
      },
    },
    {
      id: "datatilsynet-dpia-list",
      instrument: "guidance",
      reference: {
        da: "Datatilsynets liste (2019); AI-skabeloner (maj 2024)",
        en: "Datatilsynet DPIA list (2019); AI templates (May 2024)",
      },
      title: {
        da: "Datatilsynets liste og skabeloner for konsekvensanalyser",
        en: "Datatilsynet's list and templates for impact assessments",
      },
      summary: {
        da: "Datatilsynets liste over behandlinger, der altid kræver en konsekvensanalyse (2019), omfatter behandling ved brug af innovativ teknologi sammen med mindst ét andet kriterium fra WP248. AI og maskinlæring er innovativ teknologi i den forstand. Siden maj 2024 har Datatilsynet haft skabeloner til konsekvensanalyser rettet mod AI.",
        en: "Datatilsynet's list of processing that always requires an impact assessment (2019) includes processing using innovative technology together with at least one other WP248 criterion. AI and machine learning are innovative technology in that sense. Since May 2024 Datatilsynet has published impact-assessment templates aimed at AI.",
      },
      source: {
        title: {
          da: "Datatilsynet: liste over behandlinger, der altid kræver en konsekvensanalyse; skabeloner til konsekvensanalyser af AI",
          en: "Datatilsynet: list of processing that always requires a DPIA; DPIA templates for AI",
        },
        citation: {
          da: "Datatilsynet (liste fra 2019; skabeloner fra maj 2024)",
          en: "Datatilsynet (2019 list; May 2024 templates)",
        },
      },
    },
    {
      id: "datatilsynet-2023-ai-basis",
      instrument: "guidance",
      reference: { da: "Datatilsynet, j.nr. 2023-212-0015", en: "Datatilsynet, case 2023-212-0015" },
      title: {
        da: "Hjemmel for hver fase: udvikling, drift og gentræning",
        en: "Legal basis per phase: development, operation and retraining",
      },
      summary: {
        da: "I en udtalelse af 17. november 2023 til Københavns Kommune om en AI-løsning på sundheds- og omsorgsområdet fandt Datatilsynet, at udvikling, herunder gentræning, af løsningen kunne ske med hjemmel i de eksisterende bestemmelser i serviceloven, men at driften ikke kunne, fordi bestemmelserne ikke var et tilstrækkeligt klart supplerende grundlag for at bruge AI. Sektorlovgivning dækker altså ikke nødvendigvis brugen af AI i drift. Spørg derfor til hjemlen for hver fase.",
        en: "In a statement of 17 November 2023 to Københavns Kommune on an AI solution in health and care, Datatilsynet found that development, including retraining, of the solution could rest on the existing provisions of Serviceloven, but operation could not, because those provisions were not a sufficiently clear supplementary basis for using AI. Sector law therefore does not necessarily cover using AI in operation. Ask about the basis for each phase.",
      },
      source: {
        title: {
          da: "Datatilsynet: udtalelse om behandlingsgrundlag til udvikling og drift af AI-løsning inden for sundheds- og omsorgsområdet (17. november 2023)",
          en: "Datatilsynet: statement on the legal basis for developing and operating an AI solution in health and care (17 November 2023)",
        },
        citation: { da: "Datatilsynet, j.nr. 2023-212-0015", en: "Datatilsynet, case 2023-212-0015" },
      },
    },
    {
      id: "dk-ai-basis-bill",
      instrument: "danish-law",
      reference: {
        da: "Lovforslag om AI i den offentlige forvaltning (høring 12. februar 2026)",
        en: "Bill on AI in public administration (consultation 12 February 2026)",
      },
      title: {
        da: "Et generelt dansk grundlag for AI i den offentlige forvaltning",
        en: "A general Danish basis for AI in public administration",
      },
      summary: {
        da: "Digitaliseringsstyrelsen sendte 12. februar 2026 et forslag til lov om udvikling og anvendelse af AI-systemer ved behandling af personoplysninger i den offentlige forvaltning i høring. Det skal være det supplerende grundlag efter databeskyttelsesforordningens artikel 6, stk. 1, litra e, og stk. 3, for statslige og kommunale myndigheder, også til beslutningsstøtte og profilering. Om loven er vedtaget, og hvad den endelige tekst siger, er ikke kontrolleret her: tjek det, før I bygger på den.",
        en: "On 12 February 2026 Digitaliseringsstyrelsen sent a bill on developing and using AI systems when processing personal data in public administration to consultation. It is meant as the supplementary basis under GDPR Article 6(1)(e) and 6(3) for state and municipal authorities, including for decision support and profiling. Whether it has been adopted, and what the final text says, has not been checked here: check it before you rely on it.",
      },
      source: {
        title: {
          da: "Forslag til lov om udvikling og anvendelse af AI-systemer ved behandling af personoplysninger i den offentlige forvaltning (høringsudkast)",
          en: "Draft act on developing and using AI systems when processing personal data in public administration (consultation draft)",
        },
        citation: {
          da: "Digitaliseringsstyrelsen, høring 12. februar 2026; omtalt af Kammeradvokaten",
          en: "Digitaliseringsstyrelsen, consultation 12 February 2026; reported by Kammeradvokaten",
        },
      },
    },
    {
      id: "serviceloven-136e",
      instrument: "danish-law",
      reference: { da: "Serviceloven § 136 e", en: "Serviceloven § 136 e" },
      title: {
        da: "Serviceloven § 136 e: tryghedsskabende velfærdsteknologi",
        en: "Serviceloven § 136 e: welfare technology that creates safety",
      },
      summary: {
        da: "Katalogets eksempel på et supplerende grundlag i dansk lov: Næstved Kommune fandt hjemmel til sine faldsensorer i serviceloven § 136 e, fordi løsningen blev vurderet som tryghedsskabende velfærdsteknologi.",
        en: "The catalogue's example of a supplementary basis in Danish law: Næstved Municipality found the legal basis for its fall sensors in Serviceloven § 136 e, because the solution was judged to be welfare technology that creates safety.",
      },
      source: {
        title: { da: "Serviceloven (lov om social service)", en: "Serviceloven (lov om social service)" },
        citation: {
          da: "Serviceloven § 136 e; omtalt i Digitaliseringsstyrelsen, Seks AI-cases fra offentlige organisationer (Næstved Kommune)",
          en: "Serviceloven § 136 e; cited in Digitaliseringsstyrelsen, Seks AI-cases fra offentlige organisationer (Næstved Kommune)",
        },
      },
    },
    {
      id: "forvaltningsloven",
      instrument: "danish-law",
      reference: {
        da: "Forvaltningsloven og officialprincippet",
        en: "Forvaltningsloven and the inquisitorial principle",
      },
      title: {
        da: "Forvaltningsret: begrundelse, partshøring og sagens oplysning",
        en: "Administrative law: reasons, hearing and investigating the case",
      },
      summary: {
        da: "Når AI forbereder eller træffer afgørelser, gælder forvaltningslovens krav om begrundelse (§§ 22-24) og partshøring (§ 19), og myndigheden skal efter det ulovbestemte officialprincip sørge for, at sagen er tilstrækkeligt oplyst. En begrundelse skal kunne forklare, hvilke regler og hvilke faktiske forhold afgørelsen bygger på, også når et AI-system har bidraget. I to af katalogets cases (Region Hovedstaden og Skatteforvaltningen) træffer et menneske beslutningen; hos ATP bevilges flere sager »rent digitalt«.",
        en: "When AI prepares or makes decisions, forvaltningsloven (the Danish Public Administration Act) requires reasons (sections 22-24) and hearing of the parties (section 19), and under the unwritten inquisitorial principle (officialprincippet) the authority must make sure the case is sufficiently investigated. Reasons must be able to explain which rules and which facts the decision rests on, also when an AI system contributed. In two of the catalogue's cases (Region Hovedstaden and Skatteforvaltningen) a person makes the decision; at ATP more cases are granted “purely digitally”.",
      },
      source: {
        title: { da: "Forvaltningsloven", en: "Forvaltningsloven (the Danish Public Administration Act)" },
        citation: {
          da: "Forvaltningsloven §§ 19 og 22-24; officialprincippet (ulovbestemt)",
          en: "Forvaltningsloven sections 19 and 22-24; the inquisitorial principle (unwritten)",
        },
      },
    },
    {
      id: "offentlighedsloven-records",
      instrument: "danish-law",
      reference: { da: "Offentlighedsloven §§ 13 og 15", en: "Offentlighedsloven sections 13 and 15" },
      title: {
        da: "Journalisering og notatpligt",
        en: "Keeping records: registration and notes",
      },
      summary: {
        da: "Dokumenter, som en myndighed modtager eller sender som led i administrativ sagsbehandling, skal journaliseres, i det omfang de har betydning for sagen (offentlighedslovens § 15). Oplysninger om sagens faktiske grundlag, som myndigheden får mundtligt eller på anden måde, skal noteres, når de har betydning for en afgørelse (§ 13). Bruges AI i sagsbehandlingen, skal det være klart, hvilke af dens resultater der indgår i sagen og skal journaliseres.",
        en: "Documents that an authority receives or sends as part of administrative case handling must be registered (journaliseret) insofar as they matter to the case (offentlighedsloven, the Danish Access to Public Administration Files Act, section 15). Information about the facts of a case that the authority receives orally or otherwise must be noted when it matters to a decision (section 13). When AI is used in case handling, it must be clear which of its outputs become part of the case and must be registered.",
      },
      source: {
        title: {
          da: "Offentlighedsloven",
          en: "Offentlighedsloven (the Danish Access to Public Administration Files Act)",
        },
        citation: { da: "Offentlighedsloven §§ 13 og 15", en: "Offentlighedsloven sections 13 and 15" },
      },
    },
    {
      id: "arkivloven",
      instrument: "danish-law",
      reference: { da: "Arkivloven", en: "Arkivloven" },
      title: {
        da: "Arkivering og bevaring",
        en: "Archiving and preservation",
      },
      summary: {
        da: "Offentlige myndigheder skal bevare og aflevere arkivalier efter arkivlovens regler og Rigsarkivets bestemmelser, også data og dokumenter i nye it-systemer. Afklar, om AI-løsningens data og resultater er arkivalier, og hvordan de bevares eller kasseres.",
        en: "Public authorities must preserve and transfer records under Arkivloven (the Danish Archives Act) and the rules of Rigsarkivet (the Danish National Archives), including data and documents in new IT systems. Clarify whether the AI solution's data and outputs are records, and how they are preserved or deleted.",
      },
      source: {
        title: { da: "Arkivloven", en: "Arkivloven (the Danish Archives Act)" },
        citation: { da: "Arkivloven; Rigsarkivets bestemmelser", en: "Arkivloven; rules of Rigsarkivet" },
      },
    },
    {
      id: "vendor-contract",
      instrument: "guidance",
      reference: {
        da: "Kataloget: inddrag IT-kontraktgruppen",
        en: "The catalogue: involve the IT contracts group",
      },
      title: {
        da: "Kontrakten for en købt løsning",
        en: "The contract for a bought solution",
      },
      summary: {
        da: "Kataloget råder til at inddrage IT-kontraktgruppen for at sikre compliance med GDPR, teknik og sikkerhed (Faxe Kommune). For en købt AI-løsning bør kontrakten fastlægge, hvem der har rettighederne til jeres data og til resultaterne, om og på hvilke vilkår leverandøren må bruge jeres data til at træne sine modeller, og hvordan I kommer ud af aftalen med jeres data og dokumentation (exit).",
        en: "The catalogue advises involving the IT contracts group to ensure compliance with the GDPR, technology and security (Faxe Municipality). For a bought AI solution the contract should settle who holds the rights to your data and to the outputs, whether and on what terms the vendor may use your data to train its models, and how you leave the agreement with your data and documentation (exit).",
      },
      source: {
        title: {
          da: "Digitaliseringsstyrelsen: Seks AI-cases fra offentlige organisationer",
          en: "Digitaliseringsstyrelsen: Seks AI-cases fra offentlige organisationer",
        },
        citation: {
          da: "Seks AI-cases fra offentlige organisationer, Faxe Kommune (organisation)",
          en: "Seks AI-cases fra offentlige organisationer, Faxe Kommune (organisation)",
        },
      },
    },
    {
      id: "dk-ai-act-authorities",
      instrument: "danish-law",
      reference: { da: "L 154 (2024-25)", en: "L 154 (2024-25)" },
      title: {
        da: "Danske myndigheder under AI-forordningen",
        en: "Danish authorities under the AI Act",
      },
      summary: {
        da: "Lov om supplerende bestemmelser til forordningen om kunstig intelligens (lovforslag L 154, 2024-25) udpeger Digitaliseringsstyrelsen, Datatilsynet og Domstolsstyrelsen som nationale kompetente myndigheder. Digitaliseringsstyrelsen er bemyndigende myndighed, centralt kontaktpunkt og markedsovervågningsmyndighed for artikel 5, stk. 1, litra a-c, e og f; Datatilsynet for litra d og g; Domstolsstyrelsen for domstolenes brug af AI, når de ikke handler som domstol. Loven er første fase; reglerne om tilsyn med højrisikosystemer kommer i en senere lov, hvis status ikke er kontrolleret her.",
        en: "The Danish act supplementing the AI Act (bill L 154, 2024-25) designates Digitaliseringsstyrelsen, Datatilsynet and Domstolsstyrelsen as national competent authorities. Digitaliseringsstyrelsen is the notifying authority, the single point of contact and the market surveillance authority for Article 5(1)(a)-(c), (e) and (f); Datatilsynet for points (d) and (g); Domstolsstyrelsen for the courts' use of AI when they are not acting as courts. The act is the first phase; the rules on supervising high-risk systems come in a later act, whose status has not been checked here.",
      },
      source: {
        title: {
          da: "Lov om supplerende bestemmelser til forordningen om kunstig intelligens (lovforslag L 154, 2024-25)",
          en: "Danish act supplementing the AI Act (bill L 154, 2024-25)",
        },
        citation: { da: "ft.dk L 154 (2024-25), § 2", en: "ft.dk L 154 (2024-25), section 2" },
      },
    },
  ],
  dates: [
    {
      id: "ai-act-prohibitions-and-literacy",
      date: "2025-02-02",
      status: "in-force",
      appliesTo: ["every-ai-system"],
      checkedOn: CHECKED_ON,
      text: {
        da: "AI-forordningens forbud (artikel 5) og pligten til AI-færdigheder (artikel 4) gælder fra 2. februar 2025.",
        en: "The AI Act's prohibitions (Article 5) and the AI-literacy duty (Article 4) apply from 2 February 2025.",
      },
      source: aiAct({ da: "artikel 113, litra a", en: "Article 113(a)" }),
    },
    {
      id: "ai-act-penalties-and-authorities",
      date: "2025-08-02",
      status: "in-force",
      appliesTo: ["prohibited"],
      checkedOn: CHECKED_ON,
      text: {
        da: "Reglerne om sanktioner og om nationale myndigheder gælder fra 2. august 2025; den danske lov om tilsyn med forbuddene (L 154, 2024-25) var sat til at træde i kraft samme dag.",
        en: "The rules on penalties and national authorities apply from 2 August 2025; the Danish act on supervising the prohibitions (L 154, 2024-25) was set to enter into force the same day.",
      },
      source: aiAct({ da: "artikel 113, litra b", en: "Article 113(b)" }),
    },
    {
      id: "ai-act-art-50-transparency",
      date: "2026-08-02",
      status: "in-force",
      appliesTo: ["transparency"],
      checkedOn: CHECKED_ON,
      text: {
        da: "Kravene om åbenhed i artikel 50 gælder fra 2. august 2026: at oplyse, at man interagerer med AI, at oplyse om følelsesgenkendelse og biometrisk kategorisering, og at oplyse om deepfakes og AI-genereret tekst til offentligheden.",
        en: "The transparency duties of Article 50 apply from 2 August 2026: telling people they are interacting with AI, informing people about emotion recognition and biometric categorisation, and disclosing deep fakes and AI-generated text for the public.",
      },
      source: aiAct({ da: "artikel 50 og 113", en: "Articles 50 and 113" }),
    },
    {
      id: "digital-omnibus-art-50-2-grace",
      date: "2026-12-02",
      status: "in-force",
      appliesTo: ["generative-marking"],
      checkedOn: CHECKED_ON,
      text: {
        da: "Generative systemer, der var i omsætning før 2. august 2026, skal opfylde mærkningspligten i artikel 50, stk. 2, fra 2. december 2026.",
        en: "Generative systems placed on the market before 2 August 2026 must meet the Article 50(2) marking duty from 2 December 2026.",
      },
      source: omnibus({ da: "ny artikel 111, stk. 4", en: "new Article 111(4)" }),
    },
    {
      id: "digital-omnibus-intimate-image-ban",
      date: "2026-12-02",
      status: "in-force",
      appliesTo: ["intimate-image-ban"],
      checkedOn: CHECKED_ON,
      text: {
        da: "Forbuddet mod AI, der genererer intime billeder af personer uden samtykke eller materiale med seksuelt misbrug af børn, gælder fra 2. december 2026.",
        en: "The ban on AI that generates intimate images of people without consent or child sexual abuse material applies from 2 December 2026.",
      },
      source: omnibus({ da: "nye forbud i artikel 5", en: "new prohibitions in Article 5" }),
    },
    {
      id: "digital-omnibus-sandboxes",
      date: "2027-08-02",
      status: "scheduled",
      appliesTo: ["sandboxes"],
      checkedOn: CHECKED_ON,
      text: {
        da: "Medlemsstaterne skal have nationale regulatoriske sandkasser for AI klar senest 2. august 2027, hvor udbydere kan afprøve systemer under tilsyn.",
        en: "Member States must have national AI regulatory sandboxes in place by 2 August 2027, where providers can test systems under supervision.",
      },
      source: omnibus({ da: "ændring af artikel 57", en: "amendment of Article 57" }),
    },
    {
      id: "digital-omnibus-annex-iii",
      date: "2027-12-02",
      status: "scheduled",
      appliesTo: ["high-risk-annex-iii"],
      checkedOn: CHECKED_ON,
      text: {
        da: "Forpligtelserne for højrisikosystemer efter bilag III gælder fra 2. december 2027. Digital Omnibus flyttede datoen fra 2. august 2026.",
        en: "The obligations for Annex III high-risk systems apply from 2 December 2027. The Digital Omnibus moved the date from 2 August 2026.",
      },
      source: omnibus({ da: "ændring af artikel 113", en: "amendment of Article 113" }),
    },
    {
      id: "digital-omnibus-annex-i",
      date: "2028-08-02",
      status: "scheduled",
      appliesTo: ["high-risk-annex-i"],
      checkedOn: CHECKED_ON,
      text: {
        da: "Forpligtelserne for højrisikosystemer efter bilag I (AI i produkter som medicinsk udstyr) gælder fra 2. august 2028. Digital Omnibus flyttede datoen fra 2. august 2027.",
        en: "The obligations for Annex I high-risk systems (AI in products such as medical devices) apply from 2 August 2028. The Digital Omnibus moved the date from 2 August 2027.",
      },
      source: omnibus({ da: "ændring af artikel 113", en: "amendment of Article 113" }),
    },
    {
      id: "ai-act-public-authority-legacy",
      date: "2030-08-02",
      status: "scheduled",
      appliesTo: ["high-risk-public-authority"],
      checkedOn: CHECKED_ON,
      text: {
        da: "Højrisikosystemer, der blev bragt i omsætning eller taget i brug før 2. august 2026, er kun omfattet af forordningen, hvis de derefter ændres væsentligt i design. Udbydere og idriftsættere af højrisikosystemer, der er beregnet til brug hos offentlige myndigheder, skal dog opfylde kravene senest 2. august 2030 (artikel 111, stk. 2). Om Digital Omnibus har ændret skæringsdatoen, er ikke kontrolleret her.",
        en: "High-risk systems placed on the market or put into service before 2 August 2026 are covered by the Regulation only if their design then changes significantly. Providers and deployers of high-risk systems intended to be used by public authorities must, however, comply by 2 August 2030 (Article 111(2)). Whether the Digital Omnibus changed the cut-off date has not been checked here.",
      },
      source: aiAct({ da: "artikel 111, stk. 2", en: "Article 111(2)" }),
    },
  ],
};
