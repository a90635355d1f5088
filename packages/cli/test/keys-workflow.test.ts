/**
 * The review workflow the README shows, on a copy of examples/logo-pipeline built with the
 * real tspc and the frozen option: change what the paid API is asked, see the build fail with
 * the message, bump the version and record it, see the build pass.
 */
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, TOOLCHAINS } from '@keyproof/test-support';
import { createKeysProject, editFile, keyproof, removeProject, tspc } from './keys-project.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach(removeProject));
const toolchain = TOOLCHAINS[0]!;

describe('the README workflow on examples/logo-pipeline', () => {
  it('prompt changed: frozen build fails; version bumped and recorded: it passes', async () => {
    const dir = createKeysProject(
      toolchain,
      { manifest: { path: 'keyproof.keys.json', frozen: true } },
      path.join(ROOT, 'examples/logo-pipeline/src'),
    );
    dirs.push(dir);
    expect(await keyproof('keys', '-p', dir)).toMatchObject({ code: 0 });
    expect(tspc(dir, toolchain)).toMatchObject({ code: 0, out: '' });

    editFile(
      dir,
      'logo-service.ts',
      'return this.api.generate({ jobId, mode, businessName, style, colors, source: sourceBytes });',
      'return this.api.generate({ jobId, mode, businessName, style: `${style}, flat vector`, colors, source: sourceBytes });',
    );
    const stale = tspc(dir, toolchain);
    expect(stale.code).not.toBe(0);
    expect(stale.out.trim()).toBe(
      'src/logo-service.ts(49,4): error TS91071: [keyproof] LogoService.generate: body changed (code of the method body) but version `gen-v3` did not — ' +
        'cached answers from the old body will be served until they expire (ttl 30d). Bump version, or accept with `keyproof keys --accept LogoService.generate`',
    );

    editFile(dir, 'logo-service.ts', "version: 'gen-v3'", "version: 'gen-v4'");
    const unrecorded = tspc(dir, toolchain);
    expect(unrecorded.code).not.toBe(0);
    expect(unrecorded.out.trim()).toBe(
      'src/logo-service.ts(49,4): error TS91072: [keyproof] LogoService.generate: version `gen-v3` → `gen-v4` — every existing entry is orphaned on deploy, ' +
        'as intended when the answers change. Record it with `keyproof keys` (rewrites keyproof.keys.json).',
    );
    const recorded = await keyproof('keys', '-p', dir);
    expect(recorded.code).toBe(0);
    expect(recorded.out).toContain('note: LogoService.generate: version `gen-v3` → `gen-v4`');
    expect(tspc(dir, toolchain)).toMatchObject({ code: 0, out: '' });
  }, 300_000);
});
