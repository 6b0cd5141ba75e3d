import type { ScoredQuestion } from "@/lib/schemas/question";

/**
 * Scored questions for the prerequisite "Organisation": ownership, decision rules, the people who
 * will use the solution, and what happens when it fails. Options run from the weakest (0 points)
 * to the best.
 */
export const organisationQuestions: ScoredQuestion[] = [
  {
    id: "org-owner",
    section: "organisation",
    text: {
      da: "Har projektet en ejer i ledelsen med mandat og budget til at træffe beslutningerne?",
      en: "Does the project have an owner in management with the mandate and budget to make the decisions?",
    },
    help: {
      da: "Ejeren er den leder, der har ansvaret for den opgave, løsningen skal støtte. Ejeren kan prioritere medarbejdernes tid og afsætte penge. Uden en ejer strander projekter typisk, når pilotfasen slutter, eller når noget går imod.",
      en: "The owner is the manager responsible for the task the solution supports. The owner can prioritise staff time and commit money. Without an owner, projects typically stall when the pilot ends or when something goes wrong.",
    },
    caseExample: {
      case: "region-hovedstaden",
      text: {
        da: "I Region Hovedstaden afsatte regionsrådet 5,8 mio. kr. til investeringen i sommeren 2021.",
        en: "In Region Hovedstaden the regional council set aside DKK 5.8 million for the investment in summer 2021.",
      },
    },
    options: [
      {
        id: "no-owner",
        label: { da: "Nej, der er ikke udpeget en ejer", en: "No, no owner has been appointed" },
        points: 0,
      },
      {
        id: "coordinator-only",
        label: {
          da: "Der er en tovholder, men uden mandat eller budget",
          en: "There is a coordinator, but without a mandate or budget",
        },
        points: 1,
      },
      {
        id: "mandate-no-budget",
        label: {
          da: "Ja, en leder med mandat, men budgettet er ikke afsat",
          en: "Yes, a manager with a mandate, but no budget has been set aside",
        },
        points: 2,
      },
      {
        id: "mandate-and-budget",
        label: {
          da: "Ja, en leder med både mandat og afsat budget",
          en: "Yes, a manager with both a mandate and a budget set aside",
        },
        points: 3,
      },
    ],
    weight: 2,
    offersDontKnow: true,
    offersNotApplicable: false,
    recommendation: {
      da: "Udpeg en ejer i den ledelse, der har opgaven, og skriv mandat og budget ind i projektbeskrivelsen, før I går i gang.",
      en: "Appoint an owner in the management line that holds the task, and write the mandate and budget into the project description before you start.",
    },
    recommendationCase: "region-hovedstaden",
  },
  {
    id: "org-decision-rules",
    section: "organisation",
    text: {
      da: "Har ledelsen besluttet, hvordan løsningens resultater skal bruges – fx tærskelværdier, og hvornår et menneske skal vurdere sagen?",
      en: "Has management decided how the solution's results are to be used – e.g. thresholds, and when a person must assess the case?",
    },
    help: {
      da: "Når en model giver en score eller et forslag, skal nogen beslutte, hvor grænsen går, og hvad der sker på hver side af den. Det er en faglig og ledelsesmæssig beslutning, ikke en teknisk detalje, og den afgør både gevinst og risiko.",
      en: "When a model gives a score or a suggestion, someone must decide where the line goes and what happens on each side of it. It is a professional and managerial decision, not a technical detail, and it decides both the gain and the risk.",
    },
    caseExample: {
      case: "region-hovedstaden",
      text: {
        da: "I Region Hovedstaden læses mammografier med en score på 7 eller derunder af én erfaren brystradiolog og mammografier med 8 eller derover af to; regionen understreger, at tærsklen skal gennemtænkes nøje og forankres i ledelsen.",
        en: "In Region Hovedstaden, mammograms scored 7 or below are read by one experienced breast radiologist and those scored 8 or above by two; the region stresses that the threshold must be thought through carefully and anchored with management.",
      },
    },
    options: [
      {
        id: "not-discussed",
        label: { da: "Nej, det er ikke drøftet", en: "No, it has not been discussed" },
        points: 0,
      },
      {
        id: "discussed",
        label: { da: "Det er drøftet, men ikke besluttet", en: "It has been discussed, but not decided" },
        points: 1,
      },
      {
        id: "set-by-project",
        label: {
          da: "Projektgruppen har fastlagt reglerne, men ledelsen har ikke godkendt dem",
          en: "The project group has set the rules, but management has not approved them",
        },
        points: 2,
      },
      {
        id: "approved",
        label: {
          da: "Ja, reglerne er fastlagt og godkendt af ledelsen",
          en: "Yes, the rules are set and approved by management",
        },
        points: 3,
      },
    ],
    weight: 1,
    offersDontKnow: true,
    offersNotApplicable: false,
    recommendation: {
      da: "Beskriv beslutningsreglerne – tærskler, hvornår et menneske overtager, og hvem der har det sidste ord – og få dem godkendt af ledelsen og de fagligt ansvarlige.",
      en: "Describe the decision rules – thresholds, when a person takes over and who has the final say – and have them approved by management and those professionally responsible.",
    },
    recommendationCase: "region-hovedstaden",
  },
  {
    id: "org-staff-involvement",
    section: "organisation",
    text: {
      da: "Er de medarbejdere, der skal bruge løsningen, med til at udforme og afprøve den?",
      en: "Are the staff who will use the solution involved in shaping and testing it?",
    },
    help: {
      da: "Medarbejderne kender arbejdsgangen og ser hurtigt, hvor løsningen ikke passer. Er de ikke med fra starten, bliver løsningen ofte ikke brugt, selv om den virker; derfor kræver implementeringen forandringsledelse.",
      en: "Staff know the workflow and quickly see where the solution does not fit. If they are not involved from the start, the solution often goes unused even when it works; that is why implementation needs change management.",
    },
    caseExample: {
      case: "region-hovedstaden",
      text: {
        da: "Region Hovedstaden peger på, at løsningen kræver tæt samspil med de erfarne speciallæger i brystradiologi, og at der skal forandringsledelse til for at få medarbejderne med.",
        en: "Region Hovedstaden points out that the solution needs close work with the experienced breast radiologists, and that change management is needed to bring staff on board.",
      },
    },
    options: [
      {
        id: "not-involved",
        label: { da: "Nej, de er ikke inddraget", en: "No, they are not involved" },
        points: 0,
      },
      {
        id: "informed",
        label: {
          da: "De bliver informeret, men er ikke med i arbejdet",
          en: "They are kept informed, but are not part of the work",
        },
        points: 1,
      },
      {
        id: "few-testers",
        label: { da: "Nogle få er med, fx som testbrugere", en: "A few take part, e.g. as test users" },
        points: 2,
      },
      {
        id: "co-designers",
        label: {
          da: "Ja, repræsentanter er med i projektgruppen og afprøver løsningen i deres daglige arbejde",
          en: "Yes, representatives sit in the project group and test the solution in their daily work",
        },
        points: 3,
      },
    ],
    weight: 1,
    offersDontKnow: true,
    offersNotApplicable: false,
    recommendation: {
      da: "Sæt repræsentanter for brugerne ind i projektgruppen, lad dem afprøve løsningen i det daglige arbejde, og læg en plan for forandringsledelsen.",
      en: "Put user representatives into the project group, let them try the solution in their daily work, and plan the change management.",
    },
  },
  {
    id: "org-time-set-aside",
    section: "organisation",
    text: {
      da: "Er der afsat tid til, at medarbejdere og ledere kan tage løsningen i brug ved siden af den daglige drift?",
      en: "Has time been set aside for staff and managers to adopt the solution alongside daily operations?",
    },
    help: {
      da: "Det tager tid at lære løsningen, tilpasse arbejdsgangene og melde tilbage – også når løsningen er enkel. Skal det klares oven i de normale opgaver, bliver det ofte ikke til noget.",
      en: "Learning the solution, adapting workflows and giving feedback take time – even when the solution is simple. When it has to fit on top of normal duties, it often does not happen.",
    },
    caseExample: {
      case: "faxe",
      text: {
        da: "Kommunen fremhæver, at medarbejderne skal prioritere tid både til at implementere løsningen og til at automatisere de eksisterende arbejdsgange.",
        en: "The municipality stresses that staff must make time both to implement the solution and to automate existing workflows.",
      },
    },
    options: [
      { id: "no-time", label: { da: "Nej", en: "No" }, points: 0 },
      { id: "informal", label: { da: "Delvist eller uformelt", en: "Partly or informally" }, points: 1 },
      {
        id: "agreed",
        label: {
          da: "Ja, tiden er afsat i planlægningen og aftalt med lederne",
          en: "Yes, the time is set aside in the planning and agreed with the managers",
        },
        points: 2,
      },
    ],
    weight: 1,
    offersDontKnow: true,
    offersNotApplicable: false,
    recommendation: {
      da: "Anslå, hvor mange timer oplæring, omlægning af arbejdsgange og afprøvning kræver pr. medarbejder, og få lederne til at afsætte dem i vagtplaner eller arbejdsplaner.",
      en: "Estimate the hours that training, reworking workflows and testing take per employee, and have managers set them aside in rotas or work plans.",
    },
    recommendationCase: "faxe",
  },
  {
    id: "org-citizen-dialogue",
    section: "organisation",
    text: {
      da: "Er medarbejdere og ledere forberedt på at forklare løsningen for de borgere og pårørende, den vedrører?",
      en: "Are staff and managers prepared to explain the solution to the citizens and relatives it concerns?",
    },
    help: {
      da: "Borgere og pårørende vil spørge, hvad løsningen gør, hvilke data den bruger, og hvem der træffer beslutningen, og svarene skal være trygge og ens. Spørgsmålet vises, fordi løsningen berører borgere eller bruges af dem.",
      en: "Citizens and relatives will ask what the solution does, which data it uses and who makes the decision, and the answers must be reassuring and consistent. This question is shown because the solution affects citizens or is used by them.",
    },
    caseExample: {
      case: "naestved",
      text: {
        da: "Kommunen fremhæver, at medarbejdere og ledere skal klædes grundigt på til dialogen med beboere og pårørende.",
        en: "The municipality stresses that staff and managers must be thoroughly prepared for the dialogue with residents and relatives.",
      },
    },
    showIf: { question: "audience", in: ["affects-citizens", "citizens-interact"] },
    options: [
      {
        id: "not-planned",
        label: { da: "Nej, det er ikke planlagt", en: "No, it is not planned" },
        points: 0,
      },
      {
        id: "ad-hoc",
        label: {
          da: "Medarbejderne svarer, når nogen spørger, men der er intet fælles materiale",
          en: "Staff answer when asked, but there is no shared material",
        },
        points: 1,
      },
      {
        id: "material-only",
        label: {
          da: "Der er fælles information, men medarbejderne er ikke forberedt på dialogen",
          en: "There is shared information, but staff are not prepared for the dialogue",
        },
        points: 2,
      },
      {
        id: "prepared",
        label: {
          da: "Ja, der er fælles information, og medarbejdere og ledere er forberedt på dialogen",
          en: "Yes, there is shared information, and staff and managers are prepared for the dialogue",
        },
        points: 3,
      },
    ],
    weight: 1,
    offersDontKnow: true,
    offersNotApplicable: false,
    recommendation: {
      da: "Lav en kort, fælles forklaring af løsningen til borgere og pårørende, og øv dialogen med medarbejdere og ledere, før løsningen tages i brug.",
      en: "Write a short, shared explanation of the solution for citizens and relatives, and rehearse the dialogue with staff and managers before go-live.",
    },
    recommendationCase: "naestved",
  },
  {
    id: "org-fallback",
    section: "organisation",
    text: {
      da: "Er det beskrevet, hvad der sker, når løsningen tager fejl eller er ude af drift?",
      en: "Is it described what happens when the solution gets it wrong or is out of service?",
    },
    help: {
      da: "Ingen model rammer rigtigt hver gang, og systemer går ned. Det skal være klart, hvordan fejl opdages, hvem der tager over manuelt, og at opgaven stadig kan løses uden løsningen.",
      en: "No model is right every time, and systems go down. It must be clear how errors are spotted, who takes over by hand, and that the task can still be done without the solution.",
    },
    caseExample: {
      case: "skatteforvaltningen",
      text: {
        da: "Skatteforvaltningens model visiterer ca. 80 % af henvendelserne korrekt; dem, den sender forkert, visiterer en vejleder manuelt.",
        en: "Skatteforvaltningen's model routes about 80 % of enquiries correctly; those it sends wrongly are routed by hand by an adviser.",
      },
    },
    options: [
      { id: "none", label: { da: "Nej", en: "No" }, points: 0 },
      {
        id: "assumed",
        label: {
          da: "Vi regner med at vende tilbage til den gamle arbejdsgang, men det er ikke beskrevet",
          en: "We expect to return to the old workflow, but it is not described",
        },
        points: 1,
      },
      {
        id: "described",
        label: { da: "Ja, det er beskrevet, men ikke afprøvet", en: "Yes, it is described, but not tested" },
        points: 2,
      },
      {
        id: "tested",
        label: {
          da: "Ja, det er beskrevet, afprøvet og kendt af medarbejderne",
          en: "Yes, it is described, tested and known to staff",
        },
        points: 3,
      },
    ],
    weight: 1,
    offersDontKnow: true,
    offersNotApplicable: false,
    recommendation: {
      da: "Beskriv, hvordan fejl opdages og meldes, hvem der overtager manuelt, og hvordan opgaven løses, hvis løsningen er nede – og afprøv det, før løsningen går i drift.",
      en: "Describe how errors are spotted and reported, who takes over by hand and how the task is done if the solution is down – and try it out before go-live.",
    },
    recommendationCase: "skatteforvaltningen",
  },
  {
    id: "org-benefit-baseline",
    section: "organisation",
    text: {
      da: "Har I målt, hvordan opgaven løses i dag, så effekten af løsningen kan dokumenteres?",
      en: "Have you measured how the task is done today, so that the solution's effect can be documented?",
    },
    help: {
      da: "En baseline er fx tidsforbrug pr. sag, sagsbehandlingstid, antal fejl eller antal fald, målt før løsningen tages i brug. Uden den kan gevinsten ikke dokumenteres, og det er gevinsten, der skal bære beslutningen om drift og udbredelse.",
      en: "A baseline is e.g. time per case, processing time, number of errors or number of falls, measured before the solution goes live. Without it the gain cannot be documented, and the gain is what must carry the decision on operation and rollout.",
    },
    caseExample: {
      case: "naestved",
      text: {
        da: "Næstved opgør den forventede besparelse ud fra normeringen før: én medarbejder i nattevagten pr. 25 beboere; med løsningen ventes personalet at kunne håndtere 33 % flere beboere.",
        en: "Næstved bases its expected saving on the staffing before: one night-shift employee per 25 residents; with the solution staff are expected to handle 33 % more residents.",
      },
    },
    options: [
      { id: "none", label: { da: "Nej", en: "No" }, points: 0 },
      {
        id: "estimate",
        label: { da: "Vi har et skøn, men ingen målinger", en: "We have an estimate, but no measurements" },
        points: 1,
      },
      {
        id: "baseline-only",
        label: {
          da: "Vi har målt situationen i dag, men ikke besluttet, hvordan effekten skal måles bagefter",
          en: "We have measured today's situation, but not decided how the effect will be measured afterwards",
        },
        points: 2,
      },
      {
        id: "baseline-and-plan",
        label: {
          da: "Ja, baseline er målt, og der er en plan for effektmålingen",
          en: "Yes, the baseline is measured and there is a plan for measuring the effect",
        },
        points: 3,
      },
    ],
    weight: 1,
    offersDontKnow: true,
    offersNotApplicable: false,
    recommendation: {
      da: "Vælg to eller tre mål, der viser gevinsten (tid, kvalitet, økonomi), mål dem, før løsningen tages i brug, og aftal, hvornår og hvordan de måles igen.",
      en: "Choose two or three measures that show the gain (time, quality, money), measure them before go-live, and agree when and how they will be measured again.",
    },
    recommendationCase: "naestved",
  },
  {
    id: "org-vendor-contract",
    section: "organisation",
    text: {
      da: "Sikrer aftalen med leverandøren jeres rettigheder til data, dokumentation, opdateringer og en vej ud?",
      en: "Does the agreement with the vendor secure your rights to data, documentation, updates and a way out?",
    },
    help: {
      da: "Aftalen bør fastlægge databehandleraftalen, hvem der ejer data og resultater, hvordan modellen opdateres og måles, hvilken dokumentation I får (også til AI-forordningen), og hvad der sker, når aftalen ophører. Vælg »Ikke relevant«, hvis I genbruger en løsning uden en ekstern leverandør.",
      en: "The agreement should settle the data processing agreement, who owns data and results, how the model is updated and measured, what documentation you get (also for the AI Act), and what happens when the agreement ends. Choose “Not applicable” if you reuse a solution without an external vendor.",
    },
    caseExample: {
      case: "faxe",
      text: {
        da: "Kommunen peger på, at det kan være relevant at inddrage it-kontraktgruppen for at sikre, at løsningen overholder GDPR og kravene til teknik og sikkerhed.",
        en: "The municipality suggests involving the IT contracts group to make sure the solution complies with the GDPR and the technical and security requirements.",
      },
    },
    showIf: { question: "sourcing", in: ["buy", "reuse"] },
    options: [
      {
        id: "not-described",
        label: {
          da: "Nej, kravene til aftalen er ikke beskrevet",
          en: "No, the requirements for the agreement are not described",
        },
        points: 0,
      },
      {
        id: "described",
        label: {
          da: "Kravene er beskrevet, men ikke forhandlet på plads",
          en: "The requirements are described, but not yet negotiated",
        },
        points: 1,
      },
      {
        id: "some-covered",
        label: { da: "Aftalen dækker nogle af punkterne", en: "The agreement covers some of the points" },
        points: 2,
      },
      {
        id: "all-covered",
        label: {
          da: "Ja, aftalen dækker alle punkterne og er gennemgået af vores it-kontraktfolk",
          en: "Yes, the agreement covers every point and has been reviewed by our IT contract staff",
        },
        points: 3,
      },
    ],
    weight: 1,
    offersDontKnow: true,
    offersNotApplicable: true,
    recommendation: {
      da: "Gennemgå aftalen med jeres it-kontraktfolk, informationssikkerhed og databeskyttelsesrådgiveren, og få data, dokumentation, opdateringer og ophør skrevet ind, før I skriver under.",
      en: "Review the agreement with your IT contract staff, information security and the data protection officer, and have data, documentation, updates and termination written in before you sign.",
    },
    recommendationCase: "faxe",
  },
];
