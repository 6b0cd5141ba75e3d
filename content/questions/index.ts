import type { Question } from "@/lib/schemas/question";
import { competencesQuestions } from "./competences";
import { dataFirstQuestions } from "./data-first";
import { dataTechnologyQuestions } from "./data-technology";
import { legalQuestions } from "./legal";
import { legalEarlyQuestions } from "./legal-early";
import { organisationQuestions } from "./organisation";
import { profileQuestions } from "./profile";
import { scalingQuestions } from "./scaling";
import { startSmallQuestions } from "./start-small";

/** All questions in the order the questionnaire shows them. */
export const questions: Question[] = [
  ...profileQuestions,
  ...dataTechnologyQuestions,
  ...organisationQuestions,
  ...competencesQuestions,
  ...legalQuestions,
  ...scalingQuestions,
  ...startSmallQuestions,
  ...legalEarlyQuestions,
  ...dataFirstQuestions,
];
