/**
 * The content-addressed story, run on the TypeScript sources under Vitest: keyproof's Vite
 * plugin plans the memoised methods as the sources load (no tspc build), and keyproof/testing
 * gives each test its own empty store and counts the calls that reach the paid API.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { flush, stats } from 'keyproof';
import { countUpstream, expectDifferentKey, expectSameKey, keyOfCall, useTestStore } from 'keyproof/testing';
import { startFakeVisionApi, type FakeVisionApi } from '../src/fake-vision-api.js';
import { PhotoDescriber } from '../src/photo-describer.js';
import { savingsReport } from '../src/savings-report.js';
import { TextClassifier } from '../src/text-classifier.js';
import { UploadService } from '../src/upload-service.js';
import { VisionClient } from '../src/vision-client.js';

let api: FakeVisionApi;
let client: VisionClient;

useTestStore({ beforeEach, afterEach });

beforeAll(async () => {
  api = await startFakeVisionApi();
  client = new VisionClient(api.url);
});

afterAll(async () => {
  await api?.close();
});

const photo = (): Uint8Array => new Uint8Array(randomBytes(8192));

describe('content cache', () => {
  it('ten users uploading the same photo cost one call: the key is the bytes', async () => {
    const uploads = new UploadService(new PhotoDescriber(client, 'vision-2024-05'));
    const stock = photo();
    const users = Array.from(
      { length: 10 },
      (_, i) => () => uploads.upload(`user-${i + 1}`, `IMG_${1001 + i}.jpg`, stock),
    );
    expect(await countUpstream(...users)).toBe(1);
    expect(new Set(uploads.records.map((r) => r.userId)).size).toBe(10);
    expect(new Set(uploads.records.map((r) => JSON.stringify(r.description))).size).toBe(1);
    // the same bytes in another array (a copy, as a new upload would be) are the same key
    expect(await countUpstream(() => uploads.upload('user-11', 'copy.jpg', new Uint8Array(stock)))).toBe(0);
  });

  it('different bytes are a different key, whatever the file name', async () => {
    const paid = api.usage().calls.describe;
    const describer = new PhotoDescriber(client, 'vision-2024-05');
    const stock = photo();
    // an arrow keeps `this` (the model, a key field) for the probe
    const describe = (bytes: Uint8Array) => describer.describe(bytes);
    await expectSameKey(describe, [stock], [new Uint8Array(stock)]);
    await expectDifferentKey(describe, [stock], [photo()]);
    expect(api.usage().calls.describe).toBe(paid); // keys are probed without calling upstream
  });

  it('text is keyed on its normalised form', async () => {
    const classifier = new TextClassifier(client, 'clf-2024-06');
    const same = ['My order arrived LATE', '  my order   arrived late ', 'my order arrived late'].map(
      (t) => () => classifier.classify(t),
    );
    expect(await countUpstream(...same)).toBe(1);
    expect(await countUpstream(() => classifier.classify('My order arrived late, again'))).toBe(1);
  });

  it('the model (a @cacheKey class field) is in the key: two model versions keep separate entries', async () => {
    const v1 = new TextClassifier(client, 'clf-2024-06');
    const v2 = new TextClassifier(client, 'clf-2025-01');
    const text = 'My order arrived LATE';
    expect(await keyOfCall(() => v1.classify(text))).not.toBe(await keyOfCall(() => v2.classify(text)));
    expect(
      await countUpstream(
        () => v2.classify(text),
        () => v1.classify(text),
        () => v2.classify(text.toLowerCase()),
      ),
    ).toBe(2);
    const [a, b] = [await v1.classify(text), await v2.classify(text)];
    expect(a.model).toBe('clf-2024-06');
    expect(b.model).toBe('clf-2025-01');
    expect(a.confidence).not.toBe(b.confidence);
  });

  it('the savings report sums what the store recorded', async () => {
    const uploads = new UploadService(new PhotoDescriber(client, 'vision-2024-05'));
    const stock = photo();
    for (let i = 0; i < 5; i++) await uploads.upload(`user-${i}`, 'a.jpg', stock);
    await flush();
    const report = savingsReport((await stats()).store.methods);
    expect(report).toMatch(/PhotoDescriber\.describe\s+5 calls\s+4 hits\s+1 paid calls?\s+saved 0\.040/);
  });
});
