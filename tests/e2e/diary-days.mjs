// Days in the pain diary, as the end-to-end tests fill them in: open the
// diary, dates counted back from today in the browser's own time zone, and
// one day filled in and saved through the form.
import { baseUrl } from './support.mjs';

/** A new context at the diary, ready. */
export async function openDiary(browser, options = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await page.goto(`${baseUrl()}#/diary`);
  await page.waitForSelector('#hamstring-guide[data-ready="true"]');
  await page.waitForSelector('h1:text("Your pain diary")');
  return page;
}

/** The ISO date `ago` days before today, in the browser's own time zone. */
export function isoDaysAgo(page, ago) {
  return page.evaluate((n) => {
    const d = new Date();
    d.setDate(d.getDate() - n);
    const pad = (x) => String(x).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  }, ago);
}

/** "Sat 5 Dec": the label of the day `ago` days before today. */
export function labelDaysAgo(page, ago) {
  return page.evaluate((n) => {
    const d = new Date();
    d.setDate(d.getDate() - n);
    const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
    const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    return `${days[d.getDay()]} ${d.getDate()} ${months[d.getMonth()]}`;
  }, ago);
}

/** Fills in and saves one day; `kind` is easy|strides|tempo|hills|sprints for a run; `exercises`: { id: pain during it } ticked. */
export async function logDay(page, { ago = 0, sitting = 2, activity = 'run', minutes = 30, kind = 'easy', pain = 2, exercises = {}, morning = 'same', alarm = false }) {
  await page.fill('#hg-diary-date', await isoDaysAgo(page, ago));
  await page.check(`#hg-diary-sitting-${sitting}`);
  await page.check(`#hg-diary-activity-${activity}`);
  if (activity === 'run') {
    await page.fill('#hg-diary-minutes', String(minutes));
    await page.check(`#hg-diary-kind-${kind}`);
  }
  if (activity !== 'rest') await page.check(`#hg-diary-pain-${pain}`);
  for (const [id, exercisePain] of Object.entries(exercises)) {
    await page.check(`#hg-diary-ex-${id}`);
    await page.check(`#hg-diary-ex-${id}-pain-${exercisePain}`);
  }
  await page.check(`#hg-diary-morning-${morning}`);
  if (alarm) await page.check('#hg-diary-alarm'); else await page.uncheck('#hg-diary-alarm');
  await page.click('.diary-form button[type="submit"]');
  await page.waitForSelector('.diary-status:text("Saved.")');
}

