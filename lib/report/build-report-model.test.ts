import { describe, expect, it } from "vitest";
import { content } from "@/content";
import { assessProject } from "../engine/assess-project";
import { visibleQuestionIds } from "../engine/conditions";
import { formatScore } from "../engine/rounding";
import { NBSP } from "../format/number";
import { buildPresentation } from "./build-report-model";
import { buildFullyAnsweredDocument, buildRealisticDocument } from "./report-test-documents";

const generatedAt = new Date("2026-11-28T10:00:00Z");
const plain = (text: string) => text.replaceAll(NBSP, " ");

function modelFor(language: "da" | "en") {
  const doc = buildRealisticDocument(language);
  const result = assessProject(doc, content);
  return { doc, result, model: buildPresentation(doc, result, content, language, { generatedAt }) };
}

describe("buildPresentation", () => {
  const da = modelFor("da");
  const en = modelFor("en");

  it("dates the answers the page shows by when they were last changed, in Danish time", () => {
    const doc = { ...da.doc, updatedAt: "2026-03-01T23:30:00.000Z" };
    const build = (locale: "da" | "en") =>
      buildPresentation(doc, da.result, content, locale, { generatedAt }).answersFrom;
    expect(build("da")).toContain("2. marts 2026");
    expect(build("en")).toContain("2 March 2026");
  });

  it("shows the overall score and every prerequisite's score exactly as the assessment computed them", () => {
    const { result, model } = da;
    expect(result.overall.score).not.toBeNull();
    expect(model.summary.overallText).toBe(`${formatScore(result.overall.score ?? 0, "da")} af 100`);
    expect(model.chart.rows.map((row) => row.score)).toEqual(result.prerequisites.map((p) => p.score));
    expect(model.prerequisites.map((section) => section.score)).toEqual(
      result.prerequisites.map((p) => p.score),
    );
    for (const section of model.prerequisites) {
      if (section.score !== null)
        expect(section.scoreText).toBe(`${formatScore(section.score, "da")} af 100`);
    }
  });

  it("writes decimals the Danish way in Danish and the English way in English", () => {
    const score = da.result.overall.score ?? 0;
    expect(da.model.summary.overallText).toContain(formatScore(score, "da"));
    expect(en.model.summary.overallText).toBe(`${formatScore(score, "en")} out of 100`);
  });

  it("names the readiness level, provisional while questions are unanswered, from the content", () => {
    const level = content.readinessLevels.find((l) => l.id === da.result.overall.level);
    // The realistic document leaves shown questions unanswered: its level is provisional.
    expect(da.result.overall.provisional).toBe(true);
    expect(da.model.summary.levelLabel).toBe(`Foreløbig: ${level?.label.da}`);
    expect(da.model.summary.levelMeaning).toBe(level?.meaning.da);
    expect(en.model.summary.levelLabel).toBe(`Provisional: ${level?.label.en}`);
    expect(da.model.summary.levelNote).toContain("Niveauet er foreløbigt");
  });

  it("lists the first three actions of the ranked plan in the summary, numbered by their rank", () => {
    const top = da.model.summary.topActions;
    expect(top).toHaveLength(Math.min(3, da.result.plan.length));
    expect(top.map((action) => action.rank)).toEqual([1, 2, 3].slice(0, top.length));
    expect(top.map((action) => action.recommendation)).toEqual(
      da.result.plan.slice(0, 3).map((action) => action.recommendation.da),
    );
    expect(da.model.summary.planLength).toBe(da.result.plan.length);
  });

  it("puts each plan action under its own prerequisite's recommendations, keeping its rank", () => {
    for (const section of da.model.prerequisites) {
      const expected = da.result.plan
        .map((action, index) => ({ action, rank: index + 1 }))
        .filter(({ action }) => action.section === section.id)
        .map(({ rank }) => rank);
      expect(section.recommendations.map((item) => item.rank)).toEqual(expected);
    }
  });

  it("shows the answers behind a score with their points, and says so for “don't know” and “not applicable”", () => {
    const data = da.model.prerequisites.find((section) => section.id === "data-technology");
    const dontKnow = data?.answers.find((row) => row.state === "dont-know");
    expect(dontKnow?.answer).toBe("Ved ikke");
    expect(dontKnow?.points).toMatch(/^0 af 3/);
    const organisation = da.model.prerequisites.find((section) => section.id === "organisation");
    expect(organisation?.answers.find((row) => row.state === "not-applicable")).toMatchObject({
      answer: "Ikke relevant",
      points: "Tæller ikke",
    });
  });

  it("takes the lesson from the closest case", () => {
    const top = da.result.matches[0];
    const study = content.cases.find((c) => c.id === top?.caseId);
    const section = da.model.prerequisites[0];
    expect(section?.lesson?.caseName).toBe(study?.organisation.da);
  });

  it("compares the project with the three closest cases, with their similarity as the assessment computed it", () => {
    expect(da.model.cases.map((c) => c.similarity)).toEqual(
      da.result.matches.slice(0, 3).map((m) => m.similarity),
    );
    const first = da.model.cases[0];
    expect(plain(first?.similarityText ?? "")).toBe(`Lighed: ${formatScore(first?.similarity ?? 0, "da")} %`);
    expect(plain(en.model.cases[0]?.similarityText ?? "")).toBe(
      `Similarity: ${formatScore(first?.similarity ?? 0, "en")}%`,
    );
  });

  it("prints a case's stated economics as figures and says “not stated” where the catalogue gives none", () => {
    const atp = da.model.cases.find((c) => c.organisation.startsWith("ATP"));
    expect(plain(atp?.economics[0]?.value ?? "")).toBe("400.000 kr.");
    const skat = da.model.cases.find((c) => c.organisation.startsWith("Skatteforvaltningen"));
    expect(skat?.economics[0]?.value).toBe("Ikke oplyst");
    expect(plain(skat?.economics[2]?.value ?? "")).toBe("5–6 årsværk");
    const skatEn = en.model.cases.find((c) => c.organisation.startsWith("Skatteforvaltningen"));
    expect(skatEn?.economics[0]?.value).toBe("Not stated");
  });

  it("cites every rule the legal triage relies on with its reference and source", () => {
    const cited = da.model.legal.aiActReasons.flatMap((finding) =>
      finding.rules.map((rule) => rule.reference),
    );
    const expected = da.result.legal.aiActReasons.flatMap((finding) =>
      finding.ruleIds.map((id) => content.legal.rules.find((rule) => rule.id === id)?.reference.da),
    );
    expect(cited).toEqual(expected);
    // Only the dates that apply to the class found, each with the day it was last checked.
    expect(da.model.legal.dates).toHaveLength(da.result.legal.datesToVerify.length);
    expect(da.model.legal.dates[0]?.checked).toMatch(/^sidst kontrolleret /);
    expect(da.model.legal.disclaimer).toContain("ikke juridisk rådgivning");
  });

  it("lists every question the project was asked in the appendix, leaves out those that do not apply, and keeps the questionnaire's numbers", () => {
    const listed = da.model.appendix.sections.flatMap((section) => section.questions);
    const visible = visibleQuestionIds(content, da.doc.answers);
    const asked = content.questions.filter((q) => visible.has(q.id) || q.id in da.doc.answers);
    expect(listed).toHaveLength(asked.length);
    expect(listed.length).toBeLessThan(content.questions.length);
    expect(listed.some((q) => q.question.includes("generativ"))).toBe(false);
    expect(listed.some((q) => q.state === "unanswered" && q.answer === "Ikke besvaret")).toBe(true);
    expect(listed.some((q) => q.note === "Leverandøren er ikke valgt endnu.")).toBe(true);
    // A left-out question keeps its number free: the numbers are the questionnaire's.
    const legal = da.model.appendix.sections.find((section) =>
      section.questions.some((q) => q.number === "5.1"),
    );
    expect(legal?.questions.map((q) => q.number)).not.toEqual(legal?.questions.map((_, i) => `5.${i + 1}`));
  });

  it("keeps the whole description for the appendix and shortens only the cover's", () => {
    const long = `${"Lang beskrivelse. ".repeat(300)}`.trim();
    const doc = {
      ...buildRealisticDocument("da"),
      project: { title: "T", organisation: "", description: long },
    };
    const model = buildPresentation(doc, assessProject(doc, content), content, "da", { generatedAt });
    expect(model.cover.descriptionShortened).toBe(true);
    expect(model.cover.description?.length).toBeLessThan(long.length);
    expect(model.appendix.description).toBe(long);
    expect(model.cover.organisation).toBeNull();
  });

  it("dates the report and names its file from the project title", () => {
    expect(da.model.cover.facts[0]).toEqual({ label: "Dato", value: "28. november 2026" });
    expect(en.model.cover.facts[0]).toEqual({ label: "Date", value: "28 November 2026" });
    expect(da.model.fileName.ascii).toBe(
      "ai-parathed-fordeling-af-skriftlige-henvendelser-i-borgerservice-2026-11-28.pdf",
    );
  });

  it("sets the document metadata: title, organisation as author, language and creator", () => {
    expect(da.model.metadata).toMatchObject({
      title: "Parathedsrapport: Fordeling af skriftlige henvendelser i Borgerservice",
      author: "Ørestad Kommune",
      language: "da-DK",
      creator: "AI-parathed",
    });
    expect(en.model.metadata.language).toBe("en-GB");
  });

  it("lists blockers with why and what to do when the answers trigger them", () => {
    const doc = buildFullyAnsweredDocument("da", "note");
    const result = assessProject(doc, content);
    const model = buildPresentation(doc, result, content, "da", { generatedAt });
    expect(result.blockers.length).toBeGreaterThan(0);
    expect(model.summary.blockers.map((b) => b.title)).toEqual(result.blockers.map((b) => b.title.da));
    expect(model.summary.blockers.every((b) => b.why.length > 0 && b.action.length > 0)).toBe(true);
  });
});
