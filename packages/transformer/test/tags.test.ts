/**
 * Tags are part of the key's contract (issue 20): the checks of check-tags.ts and
 * check-tag-invalidations.ts on the forms the corpus does not spell out, and the tags recorded
 * in keyproof.keys.json, on a real TypeScript program (both supported versions).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { compareManifests } from '../src/manifest/compare-manifests';
import { describeDifference } from '../src/manifest/describe-difference';
import { isWarning } from '../src/manifest/check-against-manifest';
import { Diagnostics } from '../src/diagnostics';
import { TYPESCRIPTS } from './harness';
import { compileProject, edited, removeDir, writeProject, type Files } from './manifest/compile-project';

const dirs: string[] = [];
afterAll(() => dirs.forEach(removeDir));

const ACCOUNTS: Files = {
  'src/accounts.ts': `import { cacheKey, memoize, tag } from 'keyproof';

export const Scope = { public: 'public' } as const;
enum Region { Eu = 'eu' }

export class Accounts {
  @cacheKey readonly tenantId: string = 'acme';

  @memoize({
    id: 'accounts.get',
    ttl: '1h',
    tags: (fields) => [tag('account', fields.accountId), tag('tenant', fields['this.tenantId']), tag('scope', Scope.public, Region.Eu, 3, true)],
  })
  async get(accountId: string): Promise<string> {
    return this.tenantId + accountId;
  }

  @memoize({ id: 'accounts.search', tags: ({ filter: { owner } }) => [tag('owner', owner.toLowerCase())] })
  async search(@cacheKey('owner', 'status') filter: { owner: string; status: string; page: number }): Promise<string[]> {
    return [filter.owner, filter.status];
  }
}
`,
  'src/admin.ts': `import { invalidateMethod, invalidateTag, tag } from 'keyproof';

const ownerTag = tag('owner', 'ann');

export async function flush(kind: 'account' | 'tenant', id: string): Promise<void> {
  await invalidateTag(tag(kind, id));
  await invalidateTag(ownerTag);
  await invalidateTag(tag('scope', 'public', 'eu', 3, true));
  await invalidateMethod('accounts.search');
}
`,
};

describe.each(TYPESCRIPTS)('$label', ({ ts }) => {
  const compile = (files: Files) => {
    const dir = writeProject(files);
    dirs.push(dir);
    return compileProject(ts, dir);
  };
  const messagesOf = (files: Files): string[] =>
    compile(files).result.diagnostics.map((d) => `KP${d.code} ${d.message}`);
  const base = compile(ACCOUNTS);

  it('accepts key fields read through the parameter, class key fields, picked paths, constants, enum members and literal unions', () => {
    expect(base.result.diagnostics.map((d) => `KP${d.code} ${d.message}`)).toEqual([]);
  });

  it('records each tag with the key field or constant of each part', () => {
    expect(base.built.manifest.methods['accounts.get']!.tags).toEqual([
      { name: 'account', parts: [{ field: 'accountId' }] },
      { name: 'tenant', parts: [{ field: 'this.tenantId' }] },
      { name: 'scope', parts: [{ constant: 'public' }, { constant: 'eu' }, { constant: 3 }, { constant: true }] },
    ]);
    expect(base.built.manifest.methods['accounts.search']!.tags).toEqual([
      { name: 'owner', parts: [{ expression: 'owner.toLowerCase()' }] },
    ]);
  });

  it('a part from a path the pick leaves out is refused', () => {
    const files = edited(
      ACCOUNTS,
      'src/accounts.ts',
      "({ filter: { owner } }) => [tag('owner', owner.toLowerCase())]",
      "({ filter: { page } }) => [tag('page', page)]",
    );
    const messages = messagesOf(edited(files, 'src/admin.ts', "tag('owner', 'ann')", "tag('page', 1)"));
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(
      /^KP91061 Tag 'page' of accounts\.search: a part comes from filter\.page, which the key of filter leaves out;/,
    );
  });

  it("a callback's parameter carries its receiver's elements: a key field's, or an outside value's", () => {
    const mapped = edited(
      ACCOUNTS,
      'src/accounts.ts',
      "[tag('owner', owner.toLowerCase())]",
      "[owner, 'x'].map((o) => tag('owner', o))",
    );
    expect(messagesOf(mapped)).toEqual([]);
    const outside = edited(
      ACCOUNTS,
      'src/accounts.ts',
      "[tag('owner', owner.toLowerCase())]",
      "[owner, String(Date.now())].map((o) => tag('owner', o))",
    );
    expect(messagesOf(outside)).toEqual([
      expect.stringMatching(
        /^KP91061 Tag 'owner' of accounts\.search: a part comes from Date\.now\(\), a per-call value;/,
      ),
    ]);
  });

  it('a part from a name that is not a key field is refused, naming the key fields', () => {
    const files = edited(
      ACCOUNTS,
      'src/accounts.ts',
      "tag('account', fields.accountId)",
      "tag('account', fields.acountId)",
    );
    expect(messagesOf(files)).toEqual([
      expect.stringMatching(
        /^KP91061 Tag 'account' of accounts\.get: a part comes from acountId, which is not a key field of the method; the tags function receives only the key fields \(accountId, this\.tenantId\)/,
      ),
    ]);
  });

  it('a union of names is checked member by member, and a const holding a tag is followed', () => {
    const union = edited(ACCOUNTS, 'src/admin.ts', "kind: 'account' | 'tenant'", "kind: 'account' | 'tenants'");
    expect(messagesOf(union)).toEqual([
      expect.stringMatching(
        /^KP91062 invalidateTag names the tag 'tenants', which no memoised method of the program declares \(did you mean 'tenant', declared by accounts\.get\?\)/,
      ),
    ]);
    const held = edited(ACCOUNTS, 'src/admin.ts', "tag('owner', 'ann')", "tag('owner', 'ann', 2)");
    expect(messagesOf(held)).toEqual([
      expect.stringMatching(
        /^KP91064 invalidateTag\(ownerTag\) gives the tag 'owner' 2 parts, but it is declared with 1 part/,
      ),
    ]);
  });

  it('a name far from every declared one is not guessed at', () => {
    const files = edited(
      ACCOUNTS,
      'src/admin.ts',
      "invalidateMethod('accounts.search')",
      "invalidateMethod('billing.invoice')",
    );
    expect(messagesOf(files)).toEqual([
      expect.stringMatching(
        /^KP91063 invalidateMethod names the id 'billing\.invoice', which no memoised method of the program has: .* Fix: name one of: 'accounts\.get', 'accounts\.search'\.$/,
      ),
    ]);
  });

  it('a program with no memoised method does not check its invalidations (they name methods built elsewhere)', () => {
    expect(messagesOf({ 'src/admin.ts': ACCOUNTS['src/admin.ts']! })).toEqual([]);
  });

  it('a tags option keyproof cannot read is refused', () => {
    const files = edited(
      ACCOUNTS,
      'src/accounts.ts',
      "tags: ({ filter: { owner } }) => [tag('owner', owner.toLowerCase())]",
      'tags: ownerTags',
    );
    const withHelper = {
      ...files,
      'src/accounts.ts': `${files['src/accounts.ts']!}\nfunction ownerTags(f: Readonly<Record<string, string | number | boolean>>) { return [tag('owner', f['filter.owner']!)]; }\n`,
    };
    const messages = messagesOf(withHelper);
    expect(
      messages.some((m) =>
        m.startsWith('KP91060 The tags option of accounts.search is not a function written in place'),
      ),
    ).toBe(true);
  });

  it('a changed tag under the same key and version is a review warning: old entries carry the old tags', () => {
    const files = edited(
      ACCOUNTS,
      'src/accounts.ts',
      "tag('account', fields.accountId)",
      "tag('acct', fields.accountId)",
    );
    const next = compile(edited(files, 'src/admin.ts', "kind: 'account' | 'tenant'", "kind: 'acct' | 'tenant'")).built;
    const differences = compareManifests(base.built.manifest, next.manifest);
    expect(differences.map((d) => d.kind)).toEqual(['tags']);
    expect(differences.every(isWarning)).toBe(true);
    expect(
      describeDifference(differences[0]!, {
        manifestName: 'keyproof.keys.json',
        ttlOf: (id) => next.sites.get(id)?.ttl,
      }),
    ).toBe(
      'accounts.get: declares tag `acct(accountId)`, no longer declares tag `account(accountId)` — entries stored before this build carry the old tags, so invalidating a new or changed tag does not drop them: ' +
        'they are served until they expire (ttl 1h). Bump version (or `keyproof clear --method accounts.get` on deploy) when they must answer to the new tags. Record it with `keyproof keys` (rewrites keyproof.keys.json).',
    );
    expect(Diagnostics.TagsChanged.code).toBe(91077);
  });

  it('a version bump with a tag change is a version change only', () => {
    const files = edited(
      ACCOUNTS,
      'src/accounts.ts',
      "tag('account', fields.accountId)",
      "tag('acct', fields.accountId)",
    );
    const bumped = edited(
      edited(files, 'src/accounts.ts', "ttl: '1h',", "ttl: '1h', version: '2',"),
      'src/admin.ts',
      "kind: 'account' | 'tenant'",
      "kind: 'acct' | 'tenant'",
    );
    expect(compareManifests(base.built.manifest, compile(bumped).built.manifest).map((d) => d.kind)).toEqual([
      'version',
    ]);
  });
});
