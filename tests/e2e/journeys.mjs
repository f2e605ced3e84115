// Answer lists shared by the end-to-end tests and the benchmark: each step
// is [question id, ...chosen option ids].

/** The safety questions answered with nothing alarming. */
export const SAFE_SCREEN = [
  ['emergency_signs', 'none'],
  ['clot_signs', 'none'],
  ['general_health', 'none'],
  ['bone_stress', 'none'],
  ['age', 'age_25_plus'],
  ['sudden_injury', 'no'],
  ['nerve_signs', 'none'],
  ['pain_where', 'sit_bone'],
];

/** The questions about what brings the pain on, in the order they are asked. */
export const TRIGGERS = ['sitting', 'driving', 'running', 'cycling', 'lunging', 'stretching', 'bending', 'stairs'];

/** A runner whose pain comes on with sitting and sprinting: a full run. */
export const RUNNER = [
  ...SAFE_SCREEN,
  ['sitting', 'yes'],
  ['sitting_time', 'from_20_to_60'],
  ['sitting_seat', 'hard'],
  ['driving', 'no'],
  ['running', 'yes'],
  ['running_type', 'sprint', 'hills'],
  ['cycling', 'no'],
  ['lunging', 'no'],
  ['stretching', 'no'],
  ['bending', 'no'],
  ['stairs', 'no'],
  ['onset', 'after_increase'],
  ['training_change', 'more_speed', 'more_hills'],
  ['duration', 'from_6_to_12_weeks'],
  ['pain_now', 'mild'],
  ['pain_after', 'moderate'],
  ['morning', 'yes'],
  ['tried', 'rest', 'stretching'],
];

/** From the start page to the results: answers `steps`, then See my plan. */
export async function completeGuide(page, steps) {
  await page.click('.button--start');
  for (const [question, ...choices] of steps) {
    for (const choice of choices) await page.check(`#hg-${question}-${choice}`);
    await page.click('button[type="submit"]');
  }
  await page.click('text=See my plan');
  await page.waitForSelector('.result .care-card');
}
