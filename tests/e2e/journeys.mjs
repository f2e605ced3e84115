// Answer lists shared by the end-to-end tests and the benchmark: each step
// is [question id, ...chosen option ids].

/** The safety questions answered with nothing alarming. */
export const SAFE_SCREEN = [
  ['emergency_signs', 'none'],
  ['general_health', 'none'],
  ['bone_stress', 'none'],
  ['age', 'age_25_plus'],
  ['sudden_injury', 'no'],
  ['nerve_signs', 'none'],
  ['pain_where', 'sit_bone'],
];

/** Nothing brings the pain on: the two checkbox pages. */
export const NO_TRIGGERS = [['everyday', 'none'], ['sport', 'none']];

/**
 * The runner of the journey: sitting (after 20 minutes or more) and
 * hill running bring the pain on, for 6 to 12 weeks, moderate at its worst,
 * settled by the next morning.
 */
export const RUNNER = [
  ...SAFE_SCREEN,
  ['everyday', 'sit_long'],
  ['sport', 'run_hills'],
  ['duration', 'from_6_to_12_weeks'],
  ['pain_after', 'moderate'],
  ['morning', 'yes'],
];

/** A runner whose hill runs alone bring the pain on, mild and recent. */
export const HILL_RUNNER = [
  ...SAFE_SCREEN,
  ['everyday', 'none'],
  ['sport', 'run_hills'],
  ['duration', 'from_6_to_12_weeks'],
  ['pain_after', 'mild'],
  ['morning', 'yes'],
];

/** The questions for the physio, asked after the result if the patient wants. */
export const FOR_PHYSIO = [
  ['onset', 'after_increase'],
  ['training_change', 'more_hills'],
  ['sitting_seat', 'hard'],
  ['tried', 'rest', 'stretching'],
];

/** Answers each question of `steps` in turn, as it comes on screen. */
export async function answerAll(page, steps) {
  for (const [question, ...choices] of steps) {
    await page.waitForSelector(`input[name="${question}"]`);
    for (const choice of choices) await page.check(`#hg-${question}-${choice}`);
    await page.click('button[type="submit"]');
  }
}

/** From the start page to the results: answers `steps`; the last answer leads to the plan. */
export async function completeGuide(page, steps) {
  await page.click('.button--start');
  await answerAll(page, steps);
  await page.waitForSelector('.result .care-card');
}
