import type { Answer, Answers } from "../schemas/answers";
import type { Attribute, AttributeId } from "../schemas/vocabulary";
import { readAnswer } from "./conditions";
import type { EngineContent } from "./types";

/** A profile attribute as the project answered it. */
export type ProfileAnswer =
  { state: "values"; values: string[] } | { state: "dont-know" | "not-applicable" | "unanswered" };

export type Profile = ReadonlyMap<AttributeId, ProfileAnswer>;

function readValues(attribute: Attribute, answer: Answer | undefined): ProfileAnswer {
  if (!answer) return { state: "unanswered" };
  if (answer.type === "dont-know" || answer.type === "not-applicable") return { state: answer.type };
  const chosen = answer.type === "option" ? [answer.value] : answer.values;
  const known = attribute.values.map((value) => value.id).filter((id) => chosen.includes(id));
  return known.length > 0 ? { state: "values", values: known } : { state: "unanswered" };
}

/**
 * The project's profile by vocabulary attribute, from the shown profile questions. Values are
 * kept in vocabulary order; values the attribute does not have are ignored, and an empty choice
 * counts as unanswered.
 */
export function readProfile(
  content: Pick<EngineContent, "questions" | "vocabulary">,
  answers: Answers,
  visibleIds: ReadonlySet<string>,
): Profile {
  const profile = new Map<AttributeId, ProfileAnswer>();
  for (const attribute of content.vocabulary) {
    const questions = content.questions.filter(
      (question) =>
        question.section === "profile" && question.attribute === attribute.id && visibleIds.has(question.id),
    );
    const answer = questions
      .map((question) => readValues(attribute, readAnswer(answers, question.id)))
      .find((read) => read.state !== "unanswered");
    profile.set(attribute.id, answer ?? { state: "unanswered" });
  }
  return profile;
}

/** The values chosen for an attribute, or null when it has none (unanswered, don't know, n/a). */
export function profileValues(profile: Profile, attribute: AttributeId): string[] | null {
  const answer = profile.get(attribute);
  return answer?.state === "values" ? answer.values : null;
}

/** Whether the project chose `value` for `attribute`. */
export function profileHas(profile: Profile, attribute: AttributeId, value: string): boolean {
  return profileValues(profile, attribute)?.includes(value) ?? false;
}
