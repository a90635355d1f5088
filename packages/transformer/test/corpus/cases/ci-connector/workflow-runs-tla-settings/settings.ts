// Runner settings, read from disk once when the module loads.
import { readFile } from 'node:fs/promises';

export interface ConnectorSettings {
  branch: string;
  lookbackDays: number;
}

async function loadSettings(path: string): Promise<ConnectorSettings> {
  const raw = JSON.parse(await readFile(path, 'utf8')) as Partial<ConnectorSettings>;
  return { branch: raw.branch ?? 'main', lookbackDays: raw.lookbackDays ?? 7 };
}

export const settings = await loadSettings(new URL('./connector.settings.json', import.meta.url).pathname);
