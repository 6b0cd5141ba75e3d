import type { Question } from "@/lib/schemas/question";
import { competencesQuestions } from "./competences";
import { dataFirstQuestions } from "./data-first";
import { dataTechnologyQuestions } from "./data-technology";
import {
  generativeCompetencesQuestions,
  generativeDataTechnologyQuestions,
  generativeLegalQuestions,
  generativeOrganisationQuestions,
  generativeScalingQuestions,
  generativeStartSmallQuestions,
} from "./generative-ai";
import { legalQuestions } from "./legal";
import { legalEarlyQuestions } from "./legal-early";
import { organisationQuestions } from "./organisation";
import { profileQuestions } from "./profile";
import { scalingQuestions } from "./scaling";
import { startSmallQuestions } from "./start-small";

/**
 * All questions in the order the questionnaire shows them; the generative-AI questions (shown only
 * for a generative-AI profile) come at the end of their section.
 */
export const questions: Question[] = [
  ...profileQuestions,
  ...dataTechnologyQuestions,
  ...generativeDataTechnologyQuestions,
  ...organisationQuestions,
  ...generativeOrganisationQuestions,
  ...competencesQuestions,
  ...generativeCompetencesQuestions,
  ...legalQuestions,
  ...generativeLegalQuestions,
  ...scalingQuestions,
  ...generativeScalingQuestions,
  ...startSmallQuestions,
  ...generativeStartSmallQuestions,
  ...legalEarlyQuestions,
  ...dataFirstQuestions,
];
