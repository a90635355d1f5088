import { close, configure, flush, memoize, planSignature, PLAN_FORMAT, type KeyField, type KeyPlan } from 'keyproof';

/**
 * Fill a real SQLite store through the runtime's public API, with plans written the way the
 * transformer emits them. `prefix` keeps ids apart on a store other tests share. Returns how
 * many times each upstream function really ran.
 */
export async function populateStore(
  storeUrl: string,
  prefix = '',
): Promise<{ classifyUpstream: number; describeUpstream: number }> {
  configure({ store: storeUrl, flushIntervalMs: 0 });
  let classifyUpstream = 0;
  let describeUpstream = 0;

  const textFields: KeyField[] = [{ name: 'text', index: 0, normalize: 'normalize.text' }];
  const classifyPlan: KeyPlan = {
    format: PLAN_FORMAT,
    id: `${prefix}Classifier.classify`,
    source: 'src/classifier.ts:12',
    fields: textFields,
    excluded: [{ name: 'requestId', index: 1, reason: 'unique per request' }],
    signature: planSignature(textFields),
    acknowledged: [{ code: 91043, reason: 'the clock only times the call' }],
    project: ((text: string) => [text.toLowerCase().trim()]) as KeyPlan['project'],
  };
  const classify = (version: string) =>
    memoize(
      async (text: string, _requestId: string) => {
        classifyUpstream++;
        return { label: text.length > 5 ? 'long' : 'short', version };
      },
      { id: `${prefix}Classifier.classify`, version, cost: 0.25, ttl: '30d' },
      classifyPlan,
    );

  const photoFields: KeyField[] = [{ name: 'photo', index: 0 }];
  const describePlan: KeyPlan = {
    format: PLAN_FORMAT,
    id: `${prefix}Photos.describe`,
    source: 'src/photos.ts:8',
    fields: photoFields,
    excluded: [],
    signature: planSignature(photoFields),
    project: ((photo: Uint8Array) => [photo]) as KeyPlan['project'],
  };
  const describe = memoize(
    async (photo: Uint8Array) => {
      describeUpstream++;
      return { bytes: photo.byteLength };
    },
    { id: `${prefix}Photos.describe`, version: 'd1', cost: 0.5 },
    describePlan,
  );

  // Classifier: 6 calls, 2 distinct texts (after normalisation) → 2 upstream, 4 hits
  const v1 = classify('m1');
  for (const [text, req] of [
    ['Hello', 'r1'],
    ['hello ', 'r2'],
    ['HELLO', 'r3'],
    ['hello', 'r4'],
    ['Goodbye now', 'r5'],
    ['goodbye now', 'r6'],
  ] as const) {
    await v1(text, req);
  }
  // Photos: 3 uploads of one photo → 1 upstream, 2 hits
  for (let i = 0; i < 3; i++) await describe(new Uint8Array([1, 2, 3, 4]));
  await flush();
  await close();
  return { classifyUpstream, describeUpstream };
}
