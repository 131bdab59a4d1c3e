import type { Browser, Locator } from '@playwright/test';
import { shipped } from '../../tests/e2e/edition';
import { openApp, phoneContext } from './browser';

// The meeting on one phone (360 × 740): from a club's page, an empty start,
// every statement of the shipped edition rated, the assessment finished. It
// counts the taps that are not lights, and measures the sticky bar over the
// statements with a club name of 60 characters, and the share of the screen
// left for the statements between that bar and the thumb bar.

/** 60 characters, as long club names are. */
export const LONG_NAME = 'Türkisch-Deutscher Kultur- und Sportverein Neu-Isenburg e.V.';

export interface MeetingFigures {
  lights: number;
  otherTaps: number;
  /** Height of the sticky bar over an area, in CSS pixels. */
  barHeight: number;
  /** Height of the thumb bar at the bottom, in CSS pixels. */
  thumbHeight: number;
  viewportHeight: number;
}

export async function measureMeeting(browser: Browser, baseUrl: string): Promise<MeetingFigures> {
  const context = await phoneContext(browser, baseUrl);
  const { page, app } = await openApp(context);
  try {
    await app.clubList.goto();
    await app.createClub({ name: LONG_NAME });
    let otherTaps = 0;
    let lights = 0;
    const other = async (target: Locator) => {
      otherTaps += 1;
      await target.tap();
    };
    await other(app.club.startAssessment);
    await other(app.start.begin);
    await app.assessment.expectArea(shipped.areas[0]?.title ?? '');
    const height = async (selector: string) =>
      (await page.locator(selector).boundingBox())?.height ?? Number.NaN;
    const barHeight = await height('.assessment-bar');
    const thumbHeight = await height('.thumb-bar');
    for (const area of shipped.areas) {
      // The app leads on by itself once an area has nothing open.
      await app.assessment.expectArea(area.title);
      for (const criterion of area.criteria) {
        lights += 1;
        await app.assessment.rate(criterion.text, 'gelb');
      }
    }
    await app.summary.heading.waitFor();
    await other(app.summary.finish);
    await app.summary.finishedNotice.waitFor();
    return { lights, otherTaps, barHeight, thumbHeight, viewportHeight: 740 };
  } finally {
    await context.close();
  }
}

export function printMeeting(f: MeetingFigures): void {
  const share = (f.viewportHeight - f.barHeight - f.thumbHeight) / f.viewportHeight;
  console.log('The meeting on one phone (360 × 740, shipped edition, Chromium)');
  console.log(
    `  taps other than lights, empty start to finished: ${f.otherTaps} (beside ${f.lights} lights)   target ≤ 5`,
  );
  console.log(
    `  sticky bar over the statements, 60-character club name: ${f.barHeight.toFixed(0)} px   target ≤ 72 px`,
  );
  console.log(
    `  screen left for the statements (740 px − bar − thumb bar of ${f.thumbHeight.toFixed(0)} px): ${(share * 100).toFixed(1)} %   target ≥ 80 %`,
  );
}
