// origin: review probe (round 10 rules): import { cwd } from 'node:process': cwd() resolves the template path returned in the answer
// category: express-handler
// decorators: tc39
// expect: KP91044|KP91046 cwd
// why: import { cwd } from 'node:process': cwd() resolves the template path returned in the answer (the review of round 10's rules; the expectation is the principle's).
import { memoize } from 'keyproof';
import { cwd } from 'node:process';
import path from 'node:path';
export class Templates {
  @memoize({ version: 'tpl-v1', ttl: '1h' })
  async templatePath(name: string): Promise<string> {
    return path.resolve(cwd(), 'templates', `${name}.hbs`);
  }
}
