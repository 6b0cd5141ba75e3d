import { describe, expect, it } from "vitest";
import type { Answers } from "../schemas/answers";
import { dontKnow, internalExtractionProfile, notApplicable, option, options } from "./fixtures/answers";
import { fixtureContent } from "./fixtures/content";
import { LEGAL_RULE_IDS } from "./legal-rule-ids";
import { triageLegal } from "./triage-legal";

function triage(changes: Answers, base: Answers = internalExtractionProfile) {
  return triageLegal(fixtureContent, { ...base, ...changes });
}

function without(answers: Answers, questionId: string): Answers {
  return Object.fromEntries(Object.entries(answers).filter(([id]) => id !== questionId));
}

const allRuleIds = (findings: { ruleIds: string[] }[]): string[] => findings.flatMap((f) => f.ruleIds);

describe("triageLegal: the AI Act class", () => {
  it("finds minimal risk for an internal document-reading project", () => {
    const result = triage({});
    expect(result.aiActClass).toBe("minimal");
    expect(result.transparencyDuties).toEqual([]);
    expect(allRuleIds(result.aiActReasons)).toContain("ai-act-minimal-risk");
  });

  it("always closes the reasons with the AI literacy duty of Article 4", () => {
    const variants: Answers[] = [{}, { "use-areas": options("social-scoring") }, { "use-areas": dontKnow }];
    for (const changes of variants) {
      expect(triage(changes).aiActReasons.at(-1)?.ruleIds).toEqual(["ai-act-art-4"]);
    }
  });

  it("calls social scoring prohibited under Article 5", () => {
    const result = triage({ "use-areas": options("social-scoring", "public-benefits") });
    expect(result.aiActClass).toBe("prohibited");
    expect(result.aiActReasons[0]?.ruleIds).toEqual(["ai-act-art-5"]);
    expect(result.fria.applies).toBe(false);
  });

  it("calls a medical device high-risk under Article 6(1) and Annex I", () => {
    const result = triage({ "use-areas": options("medical-device"), "ai-role": option("decision-support") });
    expect(result.aiActClass).toBe("high-risk-annex-i");
    expect(allRuleIds(result.aiActReasons)).toEqual(
      expect.arrayContaining(["ai-act-art-6-1-annex-i", "ai-act-art-26"]),
    );
    expect(result.fria.applies).toBe(false);
  });

  it("calls benefit decisions high-risk under Annex III, point 5(a), with a FRIA and registration", () => {
    const result = triage({ "use-areas": options("public-benefits"), "ai-role": option("decision-support") });
    expect(result.aiActClass).toBe("high-risk-annex-iii");
    expect(allRuleIds(result.aiActReasons)).toEqual(
      expect.arrayContaining(["ai-act-art-6-2-annex-iii", "ai-act-annex-iii-5a", "ai-act-art-6-3"]),
    );
    expect(result.aiActReasons[0]?.text.en).toContain("point 5(a)");
    expect(result.aiActReasons[0]?.text.da).toContain("punkt 5, litra a");
    expect(result.fria).toMatchObject({ applies: true, registration: true });
    expect(allRuleIds(result.fria.reasons)).toEqual(["ai-act-art-27", "ai-act-art-49-3"]);
  });

  it("considers the Article 6(3) exception for a preparatory task without profiling", () => {
    const result = triage({ "use-areas": options("public-benefits"), "ai-role": option("extraction") });
    expect(result.aiActClass).toBe("annex-iii-exception");
    const exception = result.aiActReasons.find((reason) => reason.ruleIds.includes("ai-act-art-6-3"));
    expect(exception?.text.en).toContain("The provider must document the assessment");
    expect(exception?.text.en).toContain("Article 49(2)");
    expect(exception?.text.en).toContain("does not materially influence the outcome");
    expect(result.fria).toMatchObject({ applies: false, registration: false });
    expect(result.fria.reasons).toHaveLength(1);
  });

  it("refuses the exception when the system profiles people", () => {
    const result = triage({
      "use-areas": options("public-benefits"),
      "ai-role": option("triage-routing"),
      profiling: option("yes"),
    });
    expect(result.aiActClass).toBe("high-risk-annex-iii");
    expect(result.fria.applies).toBe(true);
  });

  it("leaves critical infrastructure out of the FRIA and the registration", () => {
    const result = triage({
      "use-areas": options("critical-infrastructure"),
      "ai-role": option("decision-support"),
    });
    expect(result.aiActClass).toBe("high-risk-annex-iii");
    expect(result.fria).toMatchObject({ applies: false, registration: false });
    expect(result.fria.reasons[0]?.text.en).toContain("point 2");
  });

  it("gives citizen-facing and generative systems transparency duties under Article 50", () => {
    const citizens = triage({ audience: option("citizens-interact") });
    expect(citizens.aiActClass).toBe("transparency");
    expect(citizens.transparencyDuties).toHaveLength(1);
    const generative = triage({
      technology: options("generative-ai"),
      audience: option("citizens-interact"),
    });
    expect(generative.transparencyDuties).toHaveLength(2);
    expect(allRuleIds(generative.transparencyDuties)).toEqual(["ai-act-art-50", "ai-act-art-50"]);
  });

  it("keeps the transparency duties beside a high-risk class", () => {
    const result = triage({
      "use-areas": options("employment"),
      "ai-role": option("decision-support"),
      technology: options("generative-ai"),
    });
    expect(result.aiActClass).toBe("high-risk-annex-iii");
    expect(result.transparencyDuties).toHaveLength(1);
  });

  it("reads not applicable on the use areas as none of them", () => {
    expect(triage({ "use-areas": notApplicable }).aiActClass).toBe("minimal");
  });

  it("cannot decide without the use areas, or without audience and technology", () => {
    expect(triageLegal(fixtureContent, without(internalExtractionProfile, "use-areas")).aiActClass).toBe(
      "undetermined",
    );
    expect(triage({ "use-areas": dontKnow }).aiActClass).toBe("undetermined");
    expect(triageLegal(fixtureContent, without(internalExtractionProfile, "audience")).aiActClass).toBe(
      "undetermined",
    );
    expect(triageLegal(fixtureContent, {}).aiActClass).toBe("undetermined");
  });
});

describe("triageLegal: DPIA, automated decisions and the legal basis", () => {
  it("requires a DPIA for automated decisions on personal data (Article 35(3)(a))", () => {
    const result = triage({ "ai-role": option("automated-decision") });
    expect(result.dpia.status).toBe("required");
    expect(result.dpia.triggers[0]?.text.en).toContain("35(3)(a)");
  });

  it("requires a DPIA for special categories at scale (Article 35(3)(b))", () => {
    const result = triage({
      "personal-data": option("special-category"),
      "annual-volume": option("10000-to-100000"),
    });
    expect(result.dpia.status).toBe("required");
    expect(result.dpia.triggers[0]?.ruleIds).toContain("gdpr-art-9-2");
  });

  it("requires a DPIA for monitoring people under Datatilsynet's list, citing 35(3)(c) only for public areas", () => {
    const result = triage({ "ai-role": option("monitoring-alerts"), "data-types": options("images-video") });
    expect(result.dpia.status).toBe("required");
    expect(result.dpia.triggers[0]?.text.en).toContain("Datatilsynet's list");
    expect(result.dpia.triggers[0]?.text.en).toContain("systematic monitoring");
    const monitoring = result.dpia.criteria.find((criterion) => criterion.id === "systematic-monitoring");
    expect(monitoring).toMatchObject({ state: "met" });
    expect(monitoring?.text.en).toContain("If it covers publicly accessible areas");
  });

  it("does not make a DPIA required by the high-risk class alone, but says to use the provider's information", () => {
    const result = triage({ "use-areas": options("medical-device") });
    expect(result.dpia.status).toBe("not-indicated");
    expect(result.dpia.triggers.at(-1)?.ruleIds).toContain("ai-act-art-26");
    expect(result.dpia.triggers.at(-1)?.text.en).toContain("Article 26(9)");
  });

  it("counts AI as innovative technology, so one more WP248 criterion makes a DPIA required", () => {
    const result = triage({ domain: option("health") });
    expect(result.dpia.status).toBe("required");
    expect(result.dpia.triggers[0]?.ruleIds).toContain("datatilsynet-dpia-list");
    expect(result.dpia.triggers[0]?.text.en).toContain("vulnerable data subjects");
    const met = result.dpia.criteria.filter((criterion) => criterion.state === "met").map((c) => c.id);
    expect(met).toEqual(["vulnerable-data-subjects", "innovative-technology"]);
  });

  it("never reassures with a bare status: it lists all nine criteria and what was met", () => {
    const result = triage({});
    expect(result.dpia.status).toBe("not-indicated");
    expect(result.dpia.criteria).toHaveLength(9);
    expect(result.dpia.criteria.find((c) => c.id === "large-scale")?.text.en).toContain(
      "the tool's own threshold",
    );
    expect(result.dpia.triggers[0]?.text.en).toContain("only innovative technology is met");
    const open = triage({ "annual-volume": dontKnow });
    expect(open.dpia.status).toBe("undetermined");
    expect(open.dpia.triggers[0]?.text.en).toContain("large scale");
  });

  it("indicates no DPIA without personal data and says why, and cannot tell before the question is answered", () => {
    const none = triage({ "personal-data": option("none"), "ai-role": option("automated-decision") }).dpia;
    expect(none).toMatchObject({ status: "not-indicated", criteria: [] });
    expect(none.triggers).toHaveLength(1);
    expect(none.triggers[0]?.text.en).toContain("processes no personal data");
    expect(triage({ "personal-data": dontKnow }).dpia.status).toBe("undetermined");
  });

  it("cites GDPR Article 22 and forvaltningsloven for automated decisions", () => {
    const result = triage({ "ai-role": option("automated-decision") });
    expect(allRuleIds(result.automatedDecision)).toEqual(["gdpr-art-22", "forvaltningsloven"]);
  });

  it("names the cases where a person decides, and says nothing for other roles", () => {
    const support = triage({ "ai-role": option("decision-support") });
    expect(support.automatedDecision).toHaveLength(1);
    expect(support.automatedDecision[0]?.text.en).toContain("Region Hovedstaden and Skatteforvaltningen");
    expect(support.automatedDecision[0]?.text.en).toContain("at ATP more cases are granted");
    expect(triage({}).automatedDecision).toEqual([]);
  });

  it("reports the legal basis per phase from the three questions", () => {
    const result = triage({
      "personal-data": option("special-category"),
      "legal-basis-operation": option("clarified"),
      "legal-basis-development": dontKnow,
      "legal-basis-retraining": notApplicable,
    });
    expect(result.legalBasis.map(({ phase, status }) => [phase, status])).toEqual([
      ["development", "unknown"],
      ["validation", "unanswered"],
      ["operation", "clarified"],
      ["retraining", "not-needed"],
    ]);
    expect(result.legalBasis[2]?.ruleIds).toEqual([
      "gdpr-art-6-1-e",
      "gdpr-art-9-2",
      "datatilsynet-2023-ai-basis",
    ]);
    expect(triage({ "legal-basis-operation": option("in-progress") }).legalBasis[2]).toMatchObject({
      status: "in-progress",
      ruleIds: ["gdpr-art-6-1-e", "datatilsynet-2023-ai-basis"],
    });
    expect(triage({}).legalBasis.map((basis) => basis.status)).toEqual([
      "unanswered",
      "unanswered",
      "unanswered",
      "unanswered",
    ]);
    const built = triage({ sourcing: option("build") }).legalBasis.map((basis) => basis.phase);
    expect(built).toEqual(["development", "operation", "retraining"]);
  });

  it("needs no legal basis without personal data, even where an old answer is kept", () => {
    const result = triage({
      "personal-data": option("none"),
      "legal-basis-operation": option("not-examined"),
    });
    expect(result.legalBasis.map((basis) => basis.status)).toEqual([
      "not-needed",
      "not-needed",
      "not-needed",
      "not-needed",
    ]);
  });

  it("lists only the dates that concern the class found, and all of them while it is undetermined", () => {
    const result = triage({});
    expect(result.datesToVerify).toEqual(["ai-act-prohibitions-and-literacy"]);
    const highRisk = triage({
      "use-areas": options("public-benefits"),
      "ai-role": option("decision-support"),
    });
    expect(highRisk.datesToVerify).toEqual(["ai-act-prohibitions-and-literacy", "digital-omnibus-annex-iii"]);
    expect(triage({ "use-areas": dontKnow }).datesToVerify).toHaveLength(2);
    expect(result.legalContentVersion).toBe("fixture-legal-1");
    expect(result.reviewedOn).toBe("2026-11-01");
  });

  it("cites only rules the content has", () => {
    const legal = {
      ...fixtureContent.legal,
      rules: fixtureContent.legal.rules.filter((rule) => rule.id !== LEGAL_RULE_IDS.deployerDuties),
    };
    const result = triageLegal(
      { ...fixtureContent, legal },
      {
        ...internalExtractionProfile,
        "use-areas": options("medical-device"),
      },
    );
    const cited = [...allRuleIds(result.aiActReasons), ...allRuleIds(result.dpia.triggers)];
    expect(cited).not.toContain("ai-act-art-26");
    expect(cited).toContain("ai-act-art-6-1-annex-i");
  });
});
