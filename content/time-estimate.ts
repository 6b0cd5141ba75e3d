/**
 * How the product states the time an assessment takes, from what it shows: the words of every
 * question asked (the question, its help text, its case example and its options) read at
 * `wordsPerMinute`, plus `secondsPerAnswer` to decide each answer, rounded up to whole
 * `roundToMinutes`. A meeting that discusses the answers takes `meetingFactor` times as long.
 * These rates are this tool's own working assumptions, not measurements; the "Before you start"
 * page says so and shows them. lib/content/estimate-time.ts applies the rule.
 */
export const timeEstimateRule = {
  wordsPerMinute: 200,
  secondsPerAnswer: 20,
  meetingFactor: 2,
  roundToMinutes: 5,
} as const;

export type TimeEstimateRule = typeof timeEstimateRule;
