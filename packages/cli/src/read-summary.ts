import { readStore } from 'keyproof/store';
import type { StoreHandle } from './open-store.js';
import { summariseStore, type StoreSummary } from './summarise-store.js';

/** Everything the store holds about keyproof, joined per method. */
export async function readSummary(keyv: StoreHandle): Promise<StoreSummary> {
  return summariseStore(await readStore(keyv, true));
}
