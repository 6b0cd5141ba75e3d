import {
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from "docx";
import type { AssessmentResult } from "@/lib/engine/types";
import { buildManagementSummary, type PlanGroupModel } from "@/lib/report/build-management-summary";
import type { ConsensusSectionModel } from "@/lib/report/build-consensus-section";
import type { ProgressSectionModel } from "@/lib/report/build-progress-section";
import { buildReportModel, type ReportOptions } from "@/lib/report/build-report-model";
import { mapStrings } from "@/lib/report/printable-text";
import type { FindingModel, PlanItemModel, ReportModel, RuleRefModel } from "@/lib/report/report-model";
import type { AnswersDocument } from "@/lib/schemas/answers";
import type { Locale } from "@/lib/schemas/common";
import type { Content } from "@/lib/schemas/content";

type Block = Paragraph | Table;

/** Characters XML 1.0 does not allow (C0 controls but tab and line breaks, lone surrogates, U+FFFE/F). */
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text as runs, a line break in the text a line break in the document. */
function runs(text: string, options: { bold?: boolean; italics?: boolean } = {}): TextRun[] {
  return text
    .split("\n")
    .map((line, index) => new TextRun({ text: line, break: index > 0 ? 1 : 0, ...options }));
}

function heading(text: string, level: 1 | 2 | 3): Paragraph {
  const levels = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 };
  return new Paragraph({ heading: levels[level], children: runs(text) });
}

function paragraph(...children: (string | ParagraphChild)[]): Paragraph {
  return new Paragraph({
    children: children.flatMap((child) => (typeof child === "string" ? runs(child) : [child])),
  });
}

function labelled(label: string, text: string): Paragraph {
  return paragraph(new TextRun({ text: `${label}: `, bold: true }), text);
}

function bullet(...children: (string | ParagraphChild)[]): Paragraph {
  return new Paragraph({
    bullet: { level: 0 },
    children: children.flatMap((child) => (typeof child === "string" ? runs(child) : [child])),
  });
}

/**
 * A table whose first row is a header row, repeated on every page (Word's accessibility checker
 * asks for one), with the given column widths in per cent.
 */
function table(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  widths: readonly number[],
): Table {
  const cell = (text: string, index: number, bold: boolean) =>
    new TableCell({
      width: { size: widths[index] ?? 100 / header.length, type: WidthType.PERCENTAGE },
      children: [new Paragraph({ children: runs(text, { bold }) })],
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: header.map((text, index) => cell(text, index, true)) }),
      ...rows.map(
        (row) =>
          new TableRow({ cantSplit: false, children: row.map((text, index) => cell(text, index, false)) }),
      ),
    ],
  });
}

function rulesText(rules: readonly RuleRefModel[]): string {
  return rules
    .map((rule) => `${rule.instrument}, ${rule.reference} – ${rule.title} (${rule.citation})`)
    .join("; ");
}

function findings(items: readonly FindingModel[], empty: string): Block[] {
  if (items.length === 0) return [paragraph(empty)];
  return items.flatMap((finding) => [
    bullet(finding.text),
    ...(finding.rules.length > 0
      ? [paragraph(new TextRun({ text: rulesText(finding.rules), size: 18 }))]
      : []),
  ]);
}

function action(item: PlanItemModel): Paragraph {
  const meta = [item.owner, item.section, item.caseHint, ...item.effects].filter(Boolean).join(" · ");
  return paragraph(
    new TextRun({ text: `${item.rank}. ${item.title}. `, bold: true }),
    `${item.recommendation} `,
    new TextRun({ text: `(${meta})`, italics: true }),
  );
}

function actionGroups(groups: readonly PlanGroupModel[]): Block[] {
  return groups.flatMap((group) => [heading(group.gate, 3), ...group.items.map(action)]);
}

/** How a project group settled its disagreements: the same texts as the PDF's section. */
function consensusBlocks(section: ConsensusSectionModel): Block[] {
  return [
    heading(section.heading, 2),
    paragraph(section.intro),
    paragraph(section.participants),
    ...section.items.flatMap((item) => [
      heading(item.question, 3),
      ...item.answers.map((answer) => bullet(`${answer.participant}: ${answer.answer}`)),
      labelled(item.settledLabel, item.settled),
    ]),
  ];
}

/** The progress since an earlier file: the same texts and order as the PDF's and the compare page's. */
function progressBlocks(section: ProgressSectionModel): Block[] {
  const { scores, blockers, actions, answers } = section;
  const list = (items: readonly string[]) =>
    items.length === 0 ? [paragraph(section.none)] : items.map((item) => bullet(item));
  const { columns } = scores;
  return [
    heading(section.heading, 2),
    paragraph(section.intro),
    heading(scores.heading, 3),
    table(
      [columns.measure, columns.earlier, columns.now, columns.change],
      scores.rows.map((row) => [row.measure, row.earlier, row.now, row.change]),
      [34, 26, 26, 14],
    ),
    heading(blockers.heading, 3),
    paragraph(new TextRun({ text: blockers.cleared.heading, bold: true })),
    ...list(blockers.cleared.items),
    paragraph(new TextRun({ text: blockers.added.heading, bold: true })),
    ...list(blockers.added.items),
    heading(actions.heading, 3),
    ...(actions.items.length > 0 ? [paragraph(actions.intro)] : []),
    ...list(actions.items),
    heading(answers.heading, 3),
    ...(answers.rows.length > 0
      ? [
          table(
            [answers.columns.question, answers.columns.earlier, answers.columns.now],
            answers.rows.map((row) => [row.question, row.earlier, row.now]),
            [46, 27, 27],
          ),
        ]
      : []),
  ];
}

/** The report's blocks in reading order: the same parts, texts and order as the PDF. */
function reportBlocks(model: ReportModel): Block[] {
  const { texts, cover, legal, method } = model;
  const summary = buildManagementSummary(model);
  const m = summary.texts;
  const verdict = summary.verdict;
  const blocks: Block[] = [
    new Paragraph({
      heading: HeadingLevel.TITLE,
      children: runs(`${texts.reportTitle}: ${cover.projectTitle}`),
    }),
    labelled(texts.coverOrganisation, cover.organisation ?? texts.notStated),
    ...cover.facts.map((fact) => labelled(fact.label, fact.value)),
    paragraph(texts.coverLead),

    heading(m.heading, 1),
    paragraph(m.lead),
    heading(texts.summaryLevel, 2),
    paragraph(new TextRun({ text: verdict.levelLabel, bold: true })),
    paragraph(verdict.levelMeaning),
    ...(verdict.levelNote ? [paragraph(new TextRun({ text: verdict.levelNote, italics: true }))] : []),
    labelled(texts.summaryOverall, verdict.overallText),
    heading(texts.blockersHeading, 2),
    ...(summary.blockers.length === 0
      ? [paragraph(texts.blockersNone)]
      : summary.blockers.flatMap((blocker) => [
          heading(blocker.title, 3),
          paragraph(`${blocker.prerequisite} · ${blocker.capsAt}`),
          labelled(texts.blockerWhy, blocker.why),
          labelled(texts.blockerAction, blocker.action),
        ])),
    heading(m.firstActions, 2),
    paragraph(m.firstActionsLead),
    ...(summary.firstActions.length === 0
      ? [paragraph(m.firstActionsNone)]
      : actionGroups(summary.firstActions)),
    heading(texts.adviceHeading, 2),
    table(
      [m.adviceColumn, m.outcomeColumn, m.reasonsColumn],
      summary.advice.map((advice) => [advice.title, advice.outcomeLabel, advice.reasons.join("\n")]),
      [25, 20, 55],
    ),
    heading(m.legal, 2),
    table(
      [m.topicColumn, m.indicationColumn],
      summary.legal.map((row) => [row.label, row.value]),
      [30, 70],
    ),
    paragraph(m.legalNote),
    heading(m.cases, 2),
    paragraph(m.casesLead),
    ...(summary.casesCloseness ? [paragraph(summary.casesCloseness)] : []),
    ...(summary.cases.length === 0
      ? [paragraph(texts.casesNone)]
      : [
          table(
            [m.caseAndSimilarity, ...(summary.cases[0]?.economics.map((item) => item.label) ?? [])],
            summary.cases.map((study) => [
              `${study.rank}. ${study.organisation}: ${study.title}\n${study.similarityText}${study.effect ? `\n${study.effect}` : ""}`,
              ...study.economics.map((item) => item.value),
            ]),
            [46, 18, 18, 18],
          ),
        ]),
  ];

  if (model.businessCase) {
    const section = model.businessCase;
    blocks.push(
      heading(section.heading, 2),
      paragraph(section.basis),
      table(
        ["", section.columns.min, section.columns.mostLikely, section.columns.max],
        section.rows.map((row) => [row.label, row.min, row.mostLikely, row.max]),
        [40, 20, 20, 20],
      ),
      paragraph(section.note),
    );
  }

  if (model.consensus) blocks.push(...consensusBlocks(model.consensus));
  if (model.progress) blocks.push(...progressBlocks(model.progress));

  blocks.push(
    heading(texts.chartHeading, 1),
    table(
      [texts.chartPrerequisite, texts.chartScore, texts.chartAnswered],
      [
        ...model.chart.rows.map((row) => [row.title, row.scoreText, row.answeredText]),
        [texts.chartOverall, model.chart.overallText, ""],
      ],
      [40, 25, 35],
    ),
    heading(m.lessonsHeading, 2),
    ...model.prerequisites.map((section) =>
      labelled(
        section.title,
        section.lesson ? `${section.lesson.text} (${section.lesson.caseName})` : texts.lessonNone,
      ),
    ),

    heading(texts.legalHeading, 1),
    labelled(texts.legalNotAdvice, legal.disclaimer),
    paragraph(texts.legalLead),
    heading(texts.legalAiAct, 2),
    paragraph(new TextRun({ text: legal.aiActClass, bold: true })),
    ...findings(legal.aiActReasons, texts.none),
    heading(texts.legalTransparency, 2),
    ...findings(legal.transparency, texts.legalTransparencyNone),
    heading(texts.legalDpia, 2),
    paragraph(new TextRun({ text: legal.dpiaStatus, bold: true })),
    ...(legal.dpiaTriggers.length > 0 ? findings(legal.dpiaTriggers, texts.none) : []),
    ...(legal.dpiaCriteria.length > 0
      ? [
          paragraph(new TextRun({ text: legal.dpiaCriteriaHeading, bold: true })),
          ...legal.dpiaCriteria.map((criterion) => bullet(`${criterion.state}: ${criterion.text}`)),
        ]
      : []),
    heading(texts.legalFria, 2),
    paragraph(legal.fria),
    paragraph(legal.registration),
    ...findings(legal.friaReasons, texts.none),
    heading(texts.legalAutomated, 2),
    ...findings(legal.automatedDecision, texts.legalAutomatedNone),
    heading(texts.legalBasis, 2),
    table(
      [texts.legalPhase, texts.legalStatus, texts.legalRules],
      legal.legalBasis.map((row) => [
        row.phase,
        row.status,
        rulesText(row.rules.length > 0 ? row.rules : legal.legalBasisRules),
      ]),
      [25, 25, 50],
    ),
    heading(texts.legalDates, 2),
    paragraph(texts.legalDatesLead),
    table(
      [m.dateColumn, m.whatColumn],
      legal.dates.map((date) => [
        `${date.date}\n${date.status}\n${date.checked}`,
        `${date.text}\n${date.source}`,
      ]),
      [28, 72],
    ),
    heading(texts.legalAuthorities, 2),
    paragraph(legal.authorities),
    paragraph(legal.version),

    heading(texts.casesHeading, 1),
    paragraph(texts.casesLead),
    ...(model.cases.length === 0 ? [paragraph(texts.casesNone)] : []),
    ...(model.casesCloseness ? [paragraph(model.casesCloseness)] : []),
    ...model.cases.flatMap((study) => [
      heading(`${study.rank}. ${study.organisation}`, 2),
      paragraph(new TextRun({ text: study.title, bold: true })),
      paragraph(study.weakText ? `${study.similarityText}. ${study.weakText}` : study.similarityText),
      labelled(
        texts.caseMatches,
        study.matches.length === 0
          ? texts.none
          : study.matches.map((match) => `${match.attribute} (${match.values})`).join("; "),
      ),
      labelled(
        texts.caseDiffers,
        study.differs.length === 0
          ? texts.none
          : study.differs.map((differ) => `${differ.attribute} (${differ.values})`).join("; "),
      ),
      ...(study.notCompared.length > 0
        ? [labelled(texts.caseNotCompared, study.notCompared.join(", "))]
        : []),
      heading(texts.caseEffects, 3),
      ...study.effects.map((effect) =>
        bullet(
          new TextRun({ text: `${effect.kind}: `, bold: true }),
          effect.figures ? `${effect.text} (${effect.figures})` : effect.text,
        ),
      ),
      heading(texts.caseEconomics, 3),
      table(
        [m.itemColumn, m.amountColumn, m.remarkColumn],
        study.economics.map((item) => [item.label, item.value, item.note ?? ""]),
        [30, 25, 45],
      ),
      ...(study.economicsNote ? [paragraph(study.economicsNote)] : []),
      labelled(texts.caseStatus, study.status),
      paragraph(study.source),
    ]),

    heading(m.restOfPlan, 1),
    paragraph(summary.restOfPlanLead),
    ...actionGroups(summary.restOfPlan),

    heading(texts.appendixHeading, 1),
    paragraph(texts.appendixLead),
    ...(model.appendix.description
      ? [heading(texts.appendixDescription, 2), paragraph(model.appendix.description)]
      : []),
    ...model.appendix.sections.flatMap((section) => [
      heading(section.title, 2),
      table(
        [m.columnNumber, texts.columnQuestion, m.columnAnswerAndNote],
        section.questions.map((item) => [
          item.number,
          item.question,
          item.note ? `${item.answer}\n${texts.note}: ${item.note}` : item.answer,
        ]),
        [8, 52, 40],
      ),
    ]),

    heading(texts.methodHeading, 1),
    ...method.paragraphs.flatMap((entry) => [heading(entry.heading, 2), paragraph(entry.text)]),
    heading(texts.methodSourcesHeading, 2),
    ...method.sources.map((source) =>
      bullet(new TextRun({ text: `${source.title} `, bold: true }), `(${source.citations.join("; ")})`),
    ),
    paragraph(method.versions),
  );
  return blocks;
}

/** The report as a Word document: headings, tables with header rows, and its title and language set. */
export function buildWordDocument(model: ReportModel): Document {
  const language = { value: model.metadata.language };
  return new Document({
    title: model.metadata.title,
    subject: model.metadata.subject,
    creator: model.metadata.author,
    keywords: model.metadata.keywords,
    description: model.texts.coverLead,
    lastModifiedBy: model.metadata.creator,
    styles: {
      default: {
        document: { run: { font: "Arial", size: 21, language } },
      },
    },
    sections: [{ properties: {}, children: reportBlocks(model) }],
  });
}

/**
 * Renders the readiness report of an assessed answers document as a Word file (.docx), from the
 * same model as the PDF. Every text is cleared of characters XML cannot hold.
 */
export async function renderWordReport(
  doc: AnswersDocument,
  result: AssessmentResult,
  content: Content,
  locale: Locale,
  options: ReportOptions = {},
): Promise<Buffer> {
  const built = buildReportModel(doc, result, content, locale, options);
  const model = mapStrings(built, (text) => text.replace(NOT_XML, ""));
  return Packer.toBuffer(buildWordDocument(model));
}
