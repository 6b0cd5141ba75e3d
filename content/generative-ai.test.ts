import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { assessProject } from "@/lib/engine/assess-project";
import { visibleQuestionIds } from "@/lib/engine/conditions";
import { makeDocument, option, options } from "@/lib/engine/fixtures/answers";
import type { Answers } from "@/lib/schemas/answers";
import { isScored } from "@/lib/schemas/question";
import { publicSourceSchema } from "@/lib/schemas/public-source";
import { content } from "./index";
import { publicSources } from "./public-sources";

const generativeQuestions = content.questions.filter((q) => q.id.startsWith("genai-"));
const sourceIds = new Set<string>(publicSources.map((source) => source.id));
const vendored = readFileSync(join(__dirname, "../docs/sources/genai-sources.md"), "utf8");

/** A municipality's citizen chatbot on a bought language-model service. */
const chatbotProfile: Answers = {
  "organisation-kind": option("municipality"),
  domain: option("administration"),
  technology: options("generative-ai"),
  "data-types": options("free-text"),
  "personal-data": option("ordinary"),
  audience: option("citizens-interact"),
  "ai-role": option("extraction"),
  "annual-volume": option("over-100000"),
  sourcing: option("buy"),
  "processing-location": option("cloud-eu"),
  "use-areas": options("none-of-these"),
  profiling: option("no"),
};

/** An internal case-note summariser: generative AI that only staff see. */
const summariserProfile: Answers = {
  ...chatbotProfile,
  audience: option("internal"),
  "ai-role": option("decision-support"),
};

const machineLearningProfile: Answers = { ...chatbotProfile, technology: options("machine-learning") };

describe("the generative-AI questions", () => {
  it("are shown to a generative-AI profile and not to a machine-learning one", () => {
    const generative = visibleQuestionIds(content, chatbotProfile);
    const classic = visibleQuestionIds(content, machineLearningProfile);
    expect(generativeQuestions.length).toBeGreaterThanOrEqual(10);
    for (const q of generativeQuestions) {
      expect(generative.has(q.id), q.id).toBe(true);
      expect(classic.has(q.id), q.id).toBe(false);
    }
  });

  it("cover the five prerequisites and the advice to start small", () => {
    const sections = new Set(generativeQuestions.map((q) => q.section));
    expect([...sections].sort()).toEqual(
      ["competences", "data-technology", "legal", "organisation", "scaling", "start-small"].sort(),
    );
  });

  it("each cite a public source that exists in the content and in docs/sources/genai-sources.md", () => {
    for (const source of publicSources) {
      expect(publicSourceSchema.safeParse(source).success, source.id).toBe(true);
      expect(vendored, `docs/sources/genai-sources.md lacks ${source.id}`).toContain(`\`${source.id}\``);
    }
    for (const q of content.questions) {
      for (const id of q.sources ?? [])
        expect(sourceIds.has(id), `${q.id} cites unknown source ${id}`).toBe(true);
    }
    for (const q of generativeQuestions) expect(q.sources?.length ?? 0, q.id).toBeGreaterThan(0);
  });

  it("never attribute to the catalogue what only other sources say: each help text names a source besides the catalogue", () => {
    for (const q of generativeQuestions) {
      const others = (q.sources ?? []).filter((id) => !id.startsWith("catalogue-"));
      expect(others.length, q.id).toBeGreaterThan(0);
    }
  });
});

describe("a generative-AI assessment", () => {
  it("puts the error-rate test and the output review in the plan's first group when both are missing", () => {
    const answers: Answers = {
      ...summariserProfile,
      "genai-error-rate": option("not-tested"),
      "genai-output-review": option("no-review"),
    };
    const result = assessProject(makeDocument(answers), content);
    const firstGate = result.plan[0]?.gate;
    expect(firstGate).toBe("before-go-on");
    const first = result.plan
      .filter((action) => action.gate === firstGate)
      .map((action) => action.questionId);
    expect(first).toEqual(expect.arrayContaining(["genai-error-rate", "genai-output-review"]));
    const errorRate = result.plan.find((action) => action.questionId === "genai-error-rate");
    expect(errorRate?.owner).toBe("domain-expert");
  });

  it("blocks a citizen chatbot with no review and no measured error rate, and lifts it once the error rate is measured", () => {
    const unchecked = assessProject(
      makeDocument({
        ...chatbotProfile,
        "genai-error-rate": option("not-tested"),
        "genai-output-review": option("no-review"),
      }),
      content,
    );
    expect(unchecked.blockers.map((b) => b.id)).toContain("genai-citizen-output-unchecked");
    const tested = assessProject(
      makeDocument({
        ...chatbotProfile,
        "genai-error-rate": option("measured"),
        "genai-output-review": option("no-review"),
      }),
      content,
    );
    expect(tested.blockers.map((b) => b.id)).not.toContain("genai-citizen-output-unchecked");
  });

  it("blocks sending personal data to a service with no data processing agreement", () => {
    const result = assessProject(
      makeDocument({ ...summariserProfile, "genai-vendor-terms": option("location-known") }),
      content,
    );
    expect(result.blockers.map((b) => b.id)).toContain("genai-personal-data-without-dpa");
    const withDpa = assessProject(
      makeDocument({ ...summariserProfile, "genai-vendor-terms": option("dpa-no-training") }),
      content,
    );
    expect(withDpa.blockers.map((b) => b.id)).not.toContain("genai-personal-data-without-dpa");
  });

  it("names the Article 50 duties with their dates in the legal triage of a citizen chatbot", () => {
    const result = assessProject(makeDocument(chatbotProfile), content);
    const duties = result.legal.transparencyDuties.map((duty) => duty.text.da).join("\n");
    expect(duties).toContain("artikel 50, stk. 1");
    expect(duties).toContain("2. august 2026");
    expect(duties).toContain("artikel 50, stk. 2");
    expect(duties).toContain("2. december 2026");
    expect(duties).toContain("stk. 4");
    const english = result.legal.transparencyDuties.map((duty) => duty.text.en).join("\n");
    expect(english).toContain("2 August 2026");
    expect(english).toContain("2 December 2026");
  });

  it("presents no catalogue case as a precedent for a citizen chatbot: every match is weak", () => {
    const result = assessProject(makeDocument(chatbotProfile), content);
    expect(result.matches).toHaveLength(6);
    for (const match of result.matches) expect(match.weak, match.caseId).toBe(true);
  });

  it("scores every generative question in its section", () => {
    const scored = content.questions.filter(isScored).filter((q) => q.id.startsWith("genai-"));
    expect(scored).toHaveLength(generativeQuestions.length);
  });
});
