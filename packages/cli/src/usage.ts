const STORE_NOTE = `Store: --store URL, else $KEYPROOF_STORE, else .keyproof/cache.sqlite next to the nearest
package.json above the working directory (the same choice the runtime makes). URLs: sqlite://PATH, redis://HOST:PORT,
postgres://USER@HOST/DB; a bare path is an SQLite file.`;

export const USAGE = {
  main: `keyproof: cache keys that prove what the docs claim.

Usage: keyproof <command> [options]

Commands:
  init             set a project up: the pinned install line, tsconfig plugin, "type", .gitignore
  stats            per method: entries, hits, misses, hit rate, upstream calls avoided, money saved
  explain ID       a method's key plan (fields, exclusions and why, version) and its recent entries
  clear            remove cached entries (all, one method, or one version of it)
  prune            remove what expired now; hold a local store to a size (--max-entries, --max-bytes)
  check            run keyproof's build-time analysis without emitting; exit 1 on errors (CI, TypeScript 7)
  keys             write keyproof.keys.json, the lockfile of cache keys; --accept, --diff REF
  review           key changes since a git ref, priced from a stats snapshot; for pull requests

Options:
  -h, --help       show help (also: keyproof <command> --help)
  -v, --version    show the CLI's version

${STORE_NOTE}`,

  init: `Usage: keyproof init [--dry-run] [--install]

Set up the project around the working directory (its nearest package.json) for keyproof.
Detects Node, TypeScript, the package manager (lockfile or "packageManager") and the host
(tspc, TypeScript 7, Vite/Vitest, Nest CLI, Jest, esbuild, tsup, tsx), then:
  - prints the pinned install line for that combination (--install runs it);
  - tsconfig.json: adds the plugin (tspc) and noEmitOnError, keeps the decorators mode and
    the file's comments; creates the README's smallest tsconfig when there is none;
  - nest-cli.json: adds the plugin; for configs that are code (vite, tsup, jest) prints the lines;
  - package.json: "type": "module" when the tsconfig compiles ES modules (NodeNext) and no
    source is CommonJS;
  - .gitignore: .keyproof/ (the default cache database).
Running it again changes nothing.

Options:
  --dry-run        print the edits (as - / + lines) without writing or installing
  --install        run the install line with the project's package manager
  --json           report what was detected and changed as one JSON object
  -h, --help       show this help`,

  stats: `Usage: keyproof stats [--json] [--top N] [--currency CODE] [--since 7d] [--snapshot FILE] [--store URL]

Per memoised method: entries in the store, calls, hits, misses, hit rate, upstream calls
avoided (hits + calls that joined one in flight) and money saved (cost x avoided, from the
method's \`cost\` option); shadow methods' would-be savings, misses by reason, and keys
that never repeat (the field that is new on every call); then the most reused entries.
Counters are summed over every process that used the store. Amounts are printed with one
number of decimals for the whole report (2, up to 4 for fractions of a cent).

Options:
  --json           print the figures as JSON instead of tables
  --since D        also what the entries' own times say about the last D (90s, 15m, 12h,
                   7d, 2w): entries written and entries hit since then (counters are all-time)
  --currency CODE  print amounts in this ISO 4217 currency ($0.040, €1.50); default
                   $KEYPROOF_CURRENCY, else plain numbers (\`cost\` has no unit)
  --top N          how many of the most reused entries to list (default 5, 0 for none)
  --snapshot FILE  also write the figures per method and version as JSON (format
                   keyproof-stats/1: no keys, digests or values), for \`keyproof review --stats\`
  --store URL      the store to read
  -h, --help       show this help

${STORE_NOTE}`,

  explain: `Usage: keyproof explain ID [--entries N] [--misses] [--json] [--store URL] [-p tsconfig.json]

Show what the build planned for the memoised method ID (\`Class.method\` or its memoize({ id })):
the fields that make its cache key, in order, with projections and normalisers; the
parameters left out of the key and the reason written for each; its version, cost, TTL and
plan signature; then its most recent entries. With --misses, its recent misses with their
reason and, for a new key, the nearest entry still stored that was written before the miss
(compared now: entries removed since are not) and the fields whose digests differ.

Options:
  --entries N      how many recent entries (and misses) to list (default 10)
  --misses         list the recent misses: why each missed, and what differs from the nearest entry still stored
  -p PROJECT       for a method the store has nothing of yet (it has not run): its key plan
                   from this tsconfig's sources (default: tsconfig.json in the working directory)
  --json           print the plan and entries as JSON
  --store URL      the store to read
  -h, --help       show this help

${STORE_NOTE}`,

  clear: `Usage: keyproof clear [--method ID] [--version V] [--dry-run] [--yes] [--json] [--store URL]
       keyproof clear --tag NAME[:PART…] [--tag-part PART…] [--json] [--store URL]
       keyproof clear --reset [--store URL]

Remove cached entries and their metadata, and say how many were removed. Without options
every keyproof entry in the store goes. Removing a method without --version also resets its
counters; with --version only that version's entries go (e.g. after a model migration).
Clearing everything from a terminal asks first (scripts, --yes and --json are not asked);
--dry-run lists what would go, per method, and removes nothing.
--reset moves an SQLite cache file (with its -wal/-shm files) aside without opening it, for a
file that is corrupt: the app starts a new one.
--tag invalidates a tag, as invalidateTag(tag(NAME, PART…)) does in code: every entry carrying
it misses next, in every process, without scanning the store (the tag's generation is
replaced). --tag user:u1 is tag('user', 'u1'); a part containing ':' goes in --tag-part.

Options:
  --tag NAME[:PART…]  invalidate this tag (parts after ':')
  --tag-part PART     one more part of the tag (repeatable; may contain ':')
  --method ID      only this method's entries
  --version V      only entries of this version
  --reset          move the SQLite cache file aside (to FILE.reset-TIME) instead of removing entries
  --dry-run        say what would be removed, per method; remove nothing
  --yes            do not ask before clearing everything on a terminal
  --json           print what was removed (with --dry-run: what would be) as JSON
  --store URL      the store to change
  -h, --help       show this help

${STORE_NOTE}`,

  prune: `Usage: keyproof prune [--max-entries N] [--max-bytes N] [--json] [--store URL]

Remove what has expired (entries, their records and tombstones, counters of entries that are
gone) and say how much went and what is left. With --max-entries or --max-bytes, also evict
live entries until the store holds at most 90% of that: the cheapest to recompute first (the
method's cost × (1 + hits) / size, lowest first, then the least recently used). Running
processes do this by themselves every minute (configure({ reclaimIntervalMs, storeBound }));
this is for a store no process is using, a cron job, or a shared store (Redis, PostgreSQL).

Options:
  --max-entries N  evict down to 90% of N live entries
  --max-bytes N    evict down to 90% of N bytes of stored text
  --json           print the report as JSON
  --store URL      the store to change
  -h, --help       show this help

${STORE_NOTE}`,

  check: `Usage: keyproof check [-p tsconfig.json] [--warnings-as-errors] [--frozen [--store URL]] [--format text|json|sarif|github] [--json]

Run the analysis that @keyproof/transformer runs inside tspc, without emitting anything, and
print its diagnostics the way tsc does (file:line:col - error KP91010: message). Exits 1 when
there are errors, so CI can run it; this is also the path for TypeScript 7, which has no
transformer API. Plugin options are read from the tsconfig's
{ "transform": "@keyproof/transformer" } entry.

Options:
  -p, --project P          tsconfig.json, or a directory containing one (default: ./tsconfig.json)
  --warnings-as-errors     treat keyproof warnings as errors
  --frozen                 also fail when keyproof.keys.json does not describe the program: a key
                           changed, a body changed without a version bump, a method was added or
                           removed (the same verdicts as tspc with manifest: { path, frozen: true })
  --store URL              with --frozen: the store whose entry counts the messages quote
  --format F               text (default), json, sarif (SARIF 2.1.0, for code scanning) or
                           github (workflow commands: annotations on the lines)
  --json                   the same as --format json
  -h, --help               show this help`,

  keys: `Usage: keyproof keys [-p tsconfig.json] [--accept ID]... [--base REF] [--diff REF] [--json] [--store URL]

Write keyproof.keys.json (or the plugin's "manifest" path), the lockfile of cache keys: per
memoised method its id, version, key fields, exclusions and reasons, plan signature, and a
fingerprint of the code that can change its answers without changing its key (its body and
the program's own functions it reaches; comments and formatting do not count). Commit it;
\`keyproof check --frozen\` fails when the program no longer matches it. Differences from the
recorded file are printed as warnings. A body change under the same version and key is not
recorded until it is accepted or the version is bumped.

Options:
  -p, --project P   tsconfig.json, or a directory containing one (default: ./tsconfig.json)
  --accept ID       record that ID's body change keeps its cached answers valid (who: git
                    config user.name, else $USER; when: now); repeatable. For a key or
                    version change, records that its re-spend is accepted (\`review --max-respend\`)
  --base REF        with --accept: measure the key or version change from the manifest at REF
                    (the review's base) instead of the recorded file
  --diff REF        compare with the manifest at a git ref (e.g. origin/main) and print the
                    differences, for a review comment; writes nothing
  --store URL       the store whose entry counts the messages quote (default: $KEYPROOF_STORE,
                    else .keyproof/cache.sqlite when it exists)
  --json            print what was written (or the differences) as JSON
  -h, --help        show this help`,

  review: `Usage: keyproof review --base REF [-p tsconfig.json] [--stats FILE] [--max-respend AMOUNT]
                       [--format markdown|json|github] [--json]

Compare the program's cache keys with keyproof.keys.json at the git ref REF (the pull
request's base): per method, what changed in the key (fields gained or lost, normalisers,
exclusions added and their reasons), versions bumped, bodies changed, methods added and
removed. With a stats snapshot (\`keyproof stats --snapshot FILE\`), each key or version change
is priced: entries orphaned, expected re-spend (orphaned entries the snapshot saw asked for
again x the method's cost) and how long refilling takes at the snapshot's call rate.
Reads no store: the snapshot carries the figures. Exits 1 when a body changed but its version
did not (not accepted), or a change's expected re-spend exceeds --max-respend (not accepted).

Options:
  --base REF             the git ref to compare with (e.g. origin/main); required
  -p, --project P        tsconfig.json, or a directory containing one (default: ./tsconfig.json)
  --stats FILE           a snapshot written by \`keyproof stats --snapshot FILE\`
  --max-respend AMOUNT   fail when a change's expected re-spend exceeds AMOUNT (needs --stats),
                         unless \`keyproof keys --accept ID --base REF\` recorded its acceptance
  --format F             markdown (default: a pull-request comment), json, or github
                         (workflow commands: annotations on the methods' lines)
  --json                 same as --format json
  -h, --help             show this help`,
} as const;

export type CommandName = Exclude<keyof typeof USAGE, 'main'>;
