// origin: review probe: a PATCH-style preview call whose body (second argument) carries a server-side timeout for the computation, from the environment
// category: data-api
// decorators: tc39
// expect: KP91044 PREVIEW_BUDGET_MS
// why: the server stops computing at the budget and returns what it has, so the budget in the body decides the answer (principle 2).
import { memoize } from 'keyproof';

const PREVIEW_BUDGET_MS = Number(process.env.PREVIEW_BUDGET_MS ?? 500);

const api = {
  async patch<T>(url: string, body: unknown): Promise<T> {
    const res = await fetch(url, { method: 'PATCH', body: JSON.stringify(body) });
    return (await res.json()) as T;
  },
};

export const segmentPreview = memoize(
  async function segmentPreview(segmentId: string): Promise<string[]> {
    return api.patch<string[]>(`https://segments.internal/v1/${segmentId}/preview`, { dryRun: true, timeout: PREVIEW_BUDGET_MS });
  },
  { version: 'segment-preview-v1', ttl: '5m' },
);
