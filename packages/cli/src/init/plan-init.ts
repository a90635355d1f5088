import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { TypeScript } from '@keyproof/transformer';
import type { Host, Project } from './detect-project.js';
import { JsoncText } from './edit-jsonc.js';

/** One file `init` writes: its text before (undefined: a new file) and after, and why. */
export interface FileChange {
  readonly file: string;
  readonly before: string | undefined;
  readonly after: string;
  readonly what: readonly string[];
}

export interface InitPlan {
  readonly changes: readonly FileChange[];
  /** What init does not edit itself (configs that are code), and notes on what it left alone. */
  readonly notes: readonly string[];
}

const PLUGIN = '@keyproof/transformer';

/** The README's smallest tsconfig that compiles keyproof code (TC39 decorators, ES modules). */
function freshTsconfig(tspc: boolean): string {
  return `{
  "compilerOptions": {
    "target": "ES2022",
    "module": "NodeNext",
    "moduleResolution": "NodeNext",
    "strict": true,
    "skipLibCheck": true,
    "types": ["node"],
    "outDir": "dist",
    "rootDir": "src",
    "noEmitOnError": true${tspc ? `,\n    "plugins": [{ "transform": "${PLUGIN}" }]` : ''}
  },
  "include": ["src"]
}
`;
}

/** Every edit `keyproof init` would make to the project; nothing is written here. */
export function planInit(project: Project, ts: TypeScript): InitPlan {
  const changes: FileChange[] = [];
  const notes: string[] = [];
  const { root, hosts } = project;
  const tspc = hosts.includes('tspc');

  // tsconfig.json
  const tsconfigFile = join(root, 'tsconfig.json');
  let moduleKind: string | undefined;
  if (!existsSync(tsconfigFile)) {
    changes.push({
      file: tsconfigFile,
      before: undefined,
      after: freshTsconfig(tspc),
      what: [
        `created with the smallest config keyproof needs (ES modules, TC39 decorators, noEmitOnError${tspc ? ', the plugin)' : ')'}`,
      ],
    });
    moduleKind = 'nodenext';
  } else {
    const before = readFileSync(tsconfigFile, 'utf8');
    const doc = new JsoncText(ts, before, tsconfigFile);
    const what: string[] = [];
    if (tspc) {
      const plugins = doc.get(['compilerOptions', 'plugins']);
      const has =
        Array.isArray(plugins) && plugins.some((p) => (p as { transform?: unknown } | null)?.transform === PLUGIN);
      if (!has) {
        doc.append(['compilerOptions', 'plugins'], { transform: PLUGIN });
        what.push(`added the plugin { "transform": "${PLUGIN}" } to compilerOptions.plugins`);
      }
    }
    if (
      hosts.some((h) => h === 'tspc' || h === 'typescript7' || h === 'nest') &&
      doc.get(['compilerOptions', 'noEmitOnError']) !== true
    ) {
      doc.set(['compilerOptions', 'noEmitOnError'], true);
      what.push(
        'set compilerOptions.noEmitOnError: a build with a keyproof error then ships no plans (MissingPlanError at startup) instead of the leaky key',
      );
    }
    const legacy = doc.get(['compilerOptions', 'experimentalDecorators']) === true;
    notes.push(
      `decorators: ${legacy ? 'legacy (experimentalDecorators), kept' : 'TC39 (the default), kept'}; keyproof compiles in either mode.`,
    );
    moduleKind = (doc.get(['compilerOptions', 'module']) as string | undefined)?.toLowerCase();
    if (what.length) changes.push({ file: tsconfigFile, before, after: doc.text, what });
  }

  // package.json "type"
  const pkgFile = join(root, 'package.json');
  const esmModule = moduleKind !== undefined && /^node(16|18|20|next)$/.test(moduleKind);
  if (esmModule && project.packageJson.type !== 'module' && !hosts.includes('nest')) {
    const commonJs = findCommonJsSource(root);
    if (commonJs) {
      notes.push(
        `package.json "type" left as ${JSON.stringify(project.packageJson.type ?? 'commonjs')}: ${relative(root, commonJs)} is CommonJS (require / module.exports, or TypeScript's export = / import x = require()).`,
      );
    } else {
      const before = readFileSync(pkgFile, 'utf8');
      const doc = new JsoncText(ts, before, pkgFile);
      doc.set(['type'], 'module');
      changes.push({
        file: pkgFile,
        before,
        after: doc.text,
        what: [
          `set "type": "module" (was ${JSON.stringify(project.packageJson.type ?? 'unset')}): with "module": "NodeNext" the sources compile as ES modules only then (else TS1309 on top-level await, and CommonJS output)`,
        ],
      });
    }
  }

  // nest-cli.json
  if (hosts.includes('nest')) {
    const nestFile = join(root, 'nest-cli.json');
    if (existsSync(nestFile)) {
      const before = readFileSync(nestFile, 'utf8');
      const doc = new JsoncText(ts, before, nestFile);
      const plugins = doc.get(['compilerOptions', 'plugins']);
      if (!(Array.isArray(plugins) && plugins.includes(`${PLUGIN}/nest`))) {
        doc.append(['compilerOptions', 'plugins'], `${PLUGIN}/nest`);
        changes.push({
          file: nestFile,
          before,
          after: doc.text,
          what: [`added "${PLUGIN}/nest" to compilerOptions.plugins`],
        });
      }
    } else {
      notes.push(`nest-cli.json: add "compilerOptions": { "plugins": ["${PLUGIN}/nest"] }.`);
    }
  }

  // host configs that are code: say what to add, unless it is there already
  for (const host of hosts) {
    const hint = hostHint(root, host);
    if (hint) notes.push(hint);
  }

  // .gitignore
  const ignoreFile = join(root, '.gitignore');
  const ignoreBefore = existsSync(ignoreFile) ? readFileSync(ignoreFile, 'utf8') : undefined;
  if (!(ignoreBefore ?? '').split(/\r?\n/).some((l) => /^\/?\.keyproof\/?$/.test(l.trim()))) {
    const base =
      ignoreBefore === undefined || ignoreBefore === '' || ignoreBefore.endsWith('\n')
        ? (ignoreBefore ?? '')
        : `${ignoreBefore}\n`;
    changes.push({
      file: ignoreFile,
      before: ignoreBefore,
      after: `${base}# keyproof's local cache (the default SQLite store)\n.keyproof/\n`,
      what: ['ignored .keyproof/ (the default cache database is not source)'],
    });
  }
  return { changes, notes };
}

function hostHint(root: string, host: Host): string | undefined {
  const config = (stems: string[]) => {
    for (const file of safeList(root)) if (stems.some((s) => file.startsWith(`${s}.`))) return file;
    return undefined;
  };
  const mentions = (file: string | undefined, what: string) =>
    file !== undefined && readFileSync(join(root, file), 'utf8').includes(what);
  switch (host) {
    case 'vite': {
      const file = config(['vitest.config', 'vite.config']);
      return mentions(file, `${PLUGIN}/vite`)
        ? undefined
        : `${file ?? 'vite.config.ts'}: import { keyproof } from '${PLUGIN}/vite'; and add keyproof() to plugins.`;
    }
    case 'esbuild':
      return `your esbuild build script: import { keyproof } from '${PLUGIN}/esbuild'; build({ ..., plugins: [keyproof()] }).`;
    case 'tsup': {
      const file = config(['tsup.config']);
      return mentions(file, `${PLUGIN}/esbuild`)
        ? undefined
        : `${file ?? 'tsup.config.ts'}: import { keyproof } from '${PLUGIN}/esbuild'; and add esbuildPlugins: [keyproof()].`;
    }
    case 'tsx':
      return `tsx: run with node --import ${PLUGIN}/register --import tsx src/main.ts (keyproof first).`;
    case 'jest': {
      const file = config(['jest.config']);
      return mentions(file, `${PLUGIN}/ts-jest`)
        ? undefined
        : `${file ?? 'jest.config.cjs'}: in ts-jest's options, astTransformers: { before: [require.resolve('${PLUGIN}/ts-jest')] }.`;
    }
    case 'typescript7':
      return 'build: tsc -p . && keyproof-plan -p .   (or check only: keyproof check -p .)';
    case 'tspc':
      return 'build: npx tspc -p .   (tsc with the plugin; plain tsc ignores it)';
    case 'nest':
      return undefined;
  }
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

/** The first CommonJS source file in the project (outside node_modules and dist), if any. */
function findCommonJsSource(root: string): string | undefined {
  let budget = 300;
  const walk = (dir: string, depth: number): string | undefined => {
    for (const entry of safeList(dir)) {
      if (budget-- <= 0) return undefined;
      if (entry.startsWith('.') || entry === 'node_modules' || entry === 'dist' || entry === 'build') continue;
      const path = join(dir, entry);
      if (/\.(c?js|ts|cts)$/.test(entry) && !/\.config\./.test(entry)) {
        const text = readFileSync(path, 'utf8');
        if (entry.endsWith('.cjs') || entry.endsWith('.cts')) continue; // explicit CommonJS works under "type": "module"
        const commonJs = entry.endsWith('.js')
          ? /\brequire\(|\bmodule\.exports\b/.test(text) && !/^\s*(import|export)\s/m.test(text)
          : /^\s*export\s*=|^\s*import\s+\w+\s*=\s*require\(/m.test(text);
        if (commonJs) return path;
      } else if (depth < 3 && !entry.includes('.')) {
        const found = walk(path, depth + 1);
        if (found) return found;
      }
    }
    return undefined;
  };
  return walk(root, 0);
}
