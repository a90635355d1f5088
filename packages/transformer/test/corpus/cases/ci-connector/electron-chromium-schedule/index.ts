// origin: electron/release-status@8bdc39cbd7abc42b73614cc2b713f9e48f152a98 app/data/dash/chromium-schedule.ts:1-56 (Chromium milestone schedule from chromiumdash, memoised per milestone in a shared Keyv store for 6 h)
// category: ci-connector
// decorators: tc39
// expect: clean
// proof: app/data/dash/chromium-schedule.ts:23 `async (milestone: number): Promise<ChromiumMilestoneSchedule> => {`
//
// @keyvhq/memoize keys on the argument in namespace `cache-v4:chromium-schedule`
// (app/data/cache.ts:15, :134: GLOBAL_CACHE_VERSION bumps invalidate everything); ported
// as keyproof's id and version. The body reads only `milestone` and fixed URLs, and returns
// date strings (the site applies time zones outside the cache, app/helpers/time.ts:24).
// The stale-while-revalidate window (`staleTtl`) has no keyproof counterpart and is dropped.
import { memoize } from 'keyproof';

export interface ChromiumMilestoneSchedule {
  earliestBeta: string; // YYYY-MM-DD
  stableDate: string; // YYYY-MM-DD
}

interface ChromiumDashResponse {
  mstones: Array<{
    earliest_beta: string; // ISO timestamp
    stable_date: string; // ISO timestamp
    mstone: number;
  }>;
}

/**
 * Fetch Chromium milestone schedule from chromiumdash API.
 * @param milestone - Chromium milestone number (e.g., 140)
 * @returns Object with earliestBeta and stableDate in YYYY-MM-DD format
 */
export const getMilestoneSchedule = memoize(
  async function getMilestoneSchedule(milestone: number): Promise<ChromiumMilestoneSchedule> {
    const response = await fetch(
      `https://chromiumdash.appspot.com/fetch_milestone_schedule?mstone=${milestone}`,
    );

    if (!response.ok) {
      throw new Error(
        `Failed to fetch Chromium schedule for milestone ${milestone}: ${response.status}`,
      );
    }

    const data = (await response.json()) as ChromiumDashResponse;

    if (!data.mstones || !Array.isArray(data.mstones) || data.mstones.length === 0) {
      throw new Error(`No schedule data found for Chromium milestone ${milestone}`);
    }

    const schedule = data.mstones[0];

    return {
      earliestBeta: schedule.earliest_beta.split('T')[0],
      stableDate: schedule.stable_date.split('T')[0],
    };
  },
  {
    id: 'chromium-schedule',
    version: 'cache-v4',
    // Cache for 6 hours
    ttl: '6h',
  },
);
