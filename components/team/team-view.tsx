"use client";

import { useLocale, useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { useShownAssessment } from "@/components/assessment/assessment-context";
import { AssessmentLoading } from "@/components/assessment/assessment-loading";
import {
  AnswerFilesField,
  FileProblem,
  type LoadedAnswersFile,
} from "@/components/portfolio/answer-files-field";
import { useReportContent } from "@/components/portfolio/report-content";
import { Alert } from "@/components/ui/alert";
import { assessProject } from "@/lib/engine/assess-project";
import { createReportContext } from "@/lib/report/report-context";
import type { AnswersDocument } from "@/lib/schemas/answers";
import type { Locale } from "@/lib/schemas/common";
import { compareParticipants, MAX_PARTICIPANTS, MIN_PARTICIPANTS } from "@/lib/team/compare-participants";
import { ConsensusPanel } from "./consensus-panel";
import { DisagreementList } from "./disagreement-list";
import { AllQuestions } from "./all-questions";
import { ScoreRanges } from "./score-ranges";
import type { Settlement } from "@/lib/team/build-consensus";

export interface Participant {
  label: string;
  fileName: string;
  document: AnswersDocument;
}

/** The team page: 2-8 participants' files of one project side by side, settled into one. */
export function TeamView() {
  const t = useTranslations("team");
  const snapshot = useShownAssessment();
  if (snapshot.status === "loading") return <AssessmentLoading text={t("files.label")} />;
  return <LoadedTeam />;
}

function useProblems() {
  const t = useTranslations("team");
  return (files: LoadedAnswersFile[]): { problems: string[]; broken: LoadedAnswersFile[] } => {
    if (files.length < MIN_PARTICIPANTS)
      return { problems: [t("tooFew", { count: files.length })], broken: [] };
    if (files.length > MAX_PARTICIPANTS)
      return { problems: [t("tooMany", { count: files.length })], broken: [] };
    const broken = files.filter((file) => !file.result.ok);
    if (broken.length > 0) return { problems: [], broken };
    const documents = files.flatMap((file) =>
      file.result.ok ? [{ name: file.name, doc: file.result.document }] : [],
    );
    const first = documents[0];
    const problems = documents.flatMap(({ name, doc }) => {
      if (!doc.projectId) return [t("noProjectId", { file: name })];
      if (first && first.doc.projectId && doc.projectId !== first.doc.projectId) {
        return [t("otherProject", { file: name, title: doc.project.title, first: first.name })];
      }
      return [];
    });
    return { problems, broken: [] };
  };
}

function LoadedTeam() {
  const t = useTranslations("team");
  const locale = useLocale() as Locale;
  const content = useReportContent();
  const check = useProblems();
  const [participants, setParticipants] = useState<Participant[]>([]);
  const [failure, setFailure] = useState<{ problems: string[]; broken: LoadedAnswersFile[] } | null>(null);
  const [settlements, setSettlements] = useState<Record<string, Settlement>>({});

  const load = (files: LoadedAnswersFile[]) => {
    const found = check(files);
    if (found.problems.length > 0 || found.broken.length > 0) {
      setFailure(found);
      return;
    }
    setFailure(null);
    setSettlements({});
    setParticipants(
      files.flatMap((file, index) => {
        if (!file.result.ok) return [];
        const { respondent } = file.result.document;
        const name = respondent?.name.trim() || t("participant", { number: index + 1 });
        const label = respondent?.role.trim() ? `${name} (${respondent.role.trim()})` : name;
        return [{ label, fileName: file.name, document: file.result.document }];
      }),
    );
  };

  const documents = useMemo(() => participants.map((participant) => participant.document), [participants]);
  const comparison = useMemo(
    () => (documents.length > 0 ? compareParticipants(documents, content) : null),
    [documents, content],
  );
  const context = useMemo(() => {
    const first = documents[0];
    return first ? createReportContext(first, assessProject(first, content), content, locale, "") : null;
  }, [documents, content, locale]);

  return (
    <>
      <AnswerFilesField label={t("files.label")} hint={t("files.hint")} multiple onLoaded={load} />
      {failure ? (
        <Alert variant="error" heading={t("failedHeading")}>
          <ul className="alert-text">
            {failure.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
            {failure.broken.map((file, index) => (
              <li key={`${file.name}-${index}`}>
                <FileProblem file={file} />
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}
      {comparison && context && participants.length > 0 ? (
        <>
          <h2>{t("participantsHeading")}</h2>
          <ul>
            {participants.map((participant) => (
              <li key={participant.fileName + participant.label}>
                {participant.label}, {t("participantFile", { file: participant.fileName })}
              </li>
            ))}
          </ul>
          <ScoreRanges ranges={comparison.ranges} participants={participants} context={context} />
          <DisagreementList
            questions={comparison.questions}
            participants={participants}
            context={context}
            settlements={settlements}
            onSettle={(questionId, settlement) =>
              setSettlements((current) => ({ ...current, [questionId]: settlement }))
            }
          />
          <AllQuestions questions={comparison.questions} participants={participants} context={context} />
          <ConsensusPanel
            documents={documents}
            questions={comparison.questions}
            settlements={settlements}
            context={context}
          />
        </>
      ) : null}
    </>
  );
}
