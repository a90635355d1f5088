// origin: shape of a push-webhook handler that defines a memoised file reader inside the event callback (your own writing)
// category: ci-connector
// decorators: tc39
// expect: KP* event|after
// why: the memoised reader captures the webhook `event` (owner, repo and the pushed commit `after`) and keys only on `path`: a file at one commit is served for another (nothing less)
import { EventEmitter } from 'node:events';
import { Octokit } from '@octokit/rest';
import { memoize } from 'keyproof';

export interface PushEvent { after: string; repository: { name: string; owner: { login: string } }; commits: { modified: string[] }[] }

export function watchPushes(hooks: EventEmitter, octokit: Octokit, onConfig: (path: string, text: string) => void): void {
  hooks.on('push', async (event: PushEvent) => {
    const readFile = memoize(
      async function readFile(path: string): Promise<string> {
        const { data } = await octokit.rest.repos.getContent({
          owner: event.repository.owner.login,
          repo: event.repository.name,
          path,
          ref: event.after,
        });
        return Buffer.from(data.content ?? '', 'base64').toString('utf8');
      },
      { ttl: '1d', cost: 0.0001 },
    );

    const touched = new Set(event.commits.flatMap((c) => c.modified));
    for (const path of touched) {
      if (path.startsWith('.ci/')) onConfig(path, await readFile(path));
    }
  });
}
