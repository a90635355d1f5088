// origin: shape of a CI failure-triage connector whose @notKey run id is handed to a second memoised log download
// category: ci-connector
// decorators: legacy
// expect: KP* runId
// why: runId is @notKey in triage, but triage passes it to downloadLogs whose key holds it: the excluded per-run value reaches a key by another route
import OpenAI from 'openai';
import { memoize, notKey } from 'keyproof';

interface LogStore {
  fetchLogs(owner: string, repo: string, runId: number): Promise<string>;
}

export class FailureTriage {
  constructor(private readonly logs: LogStore, private readonly openai: OpenAI) {}

  @memoize({ version: 'v1', ttl: '7d', cost: 0.005 })
  async triage(owner: string, repo: string, failingStep: string, @notKey runId: number): Promise<string> {
    const log = await this.downloadLogs(owner, repo, runId);
    const res = await this.openai.chat.completions.create({
      model: 'gpt-4o-mini',
      messages: [
        { role: 'system', content: 'Explain the most likely cause of this CI failure in two sentences.' },
        { role: 'user', content: `${failingStep}\n${log.slice(-8_000)}` },
      ],
    });
    return res.choices[0]?.message.content ?? '';
  }

  @memoize({ version: 'v1', ttl: '1d', cost: 0.0001 })
  async downloadLogs(owner: string, repo: string, runId: number): Promise<string> {
    return this.logs.fetchLogs(owner, repo, runId);
  }
}
