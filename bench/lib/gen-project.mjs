/**
 * A generated TypeScript project for the compile benchmark: `files` modules, every tenth with
 * a memoised class method (an excluded job ID, a Uint8Array, a projection) and call sites,
 * the rest ordinary service/model code importing their neighbours. Linked like the e2e
 * tests' projects: the workspace's runtime, transformer, TypeScript and @types/node.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

const isMemo = (i) => i % 10 === 5;
/** The nearest earlier ordinary module, which plain and memo modules import from. */
const prevPlain = (i) => (isMemo(i - 1) ? i - 2 : i - 1);

function plainModule(i) {
  const p = prevPlain(i);
  const dep = i > 0 ? `import { Model${p}, summarise${p} } from './m${p}.js';\n` : '';
  const use = i > 0 ? `    const prev: Model${p} = { id: this.id, tags: this.tags, size: this.size, meta: { owner: 'x', created: new Date(0) } };\n    return summarise${p}([prev]).length + this.size;` : '    return this.size;';
  return `${dep}
export interface Model${i} {
  readonly id: string;
  readonly tags: readonly string[];
  readonly size: number;
  readonly meta: { owner: string; created: Date };
}

export type Event${i} = { kind: 'created'; model: Model${i} } | { kind: 'deleted'; id: string } | { kind: 'resized'; id: string; size: number };

export class Service${i} {
  private readonly items = new Map<string, Model${i}>();
  constructor(readonly id: string, readonly tags: string[] = [], readonly size = ${i}) {}

  add(model: Model${i}): Event${i} {
    this.items.set(model.id, model);
    return { kind: 'created', model };
  }

  find(predicate: (m: Model${i}) => boolean): Model${i}[] {
    return [...this.items.values()].filter(predicate);
  }

  weight(): number {
${use}
  }

  async load(ids: readonly string[]): Promise<Array<Model${i} | undefined>> {
    return Promise.all(ids.map(async (id) => this.items.get(id)));
  }
}

export function summarise${i}(models: readonly Model${i}[]): string {
  return models.map((m) => \`\${m.id}:\${m.tags.join('|')}:\${m.size}\`).join(',');
}

export function reduce${i}(events: readonly Event${i}[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const e of events) {
    if (e.kind === 'resized') out[e.id] = e.size;
    else if (e.kind === 'created') out[e.model.id] = e.model.size;
    else delete out[e.id];
  }
  return out;
}
`;
}

function memoModule(i) {
  return `import { memoize } from 'keyproof';
import { Service${i - 1}, summarise${i - 1} } from './m${i - 1}.js';

export interface Logo${i} { svg: string; width: number; colors: string[] }

export class LogoService${i} {
  /**
   * Generate a logo. Results are shared across jobs.
   * @excludeFromKey jobId unique per run
   * @excludeFromKey sourceBytes identity already captured by sourceHash
   */
  @memoize({ version: 'gen-v${i}', ttl: '30d', cost: 0.04 })
  async generate(jobId: string, mode: 'dark' | 'light', name: string, colors: string[], sourceHash: string, sourceBytes?: Uint8Array): Promise<Logo${i}> {
    return { svg: \`<svg>\${mode}:\${name}:\${sourceHash}:\${sourceBytes?.length ?? 0}</svg>\`, width: 512, colors };
  }

  @memoize({ version: 'describe-v1' })
  async describe(image: Uint8Array, detail: { level: number; language: string }): Promise<string> {
    return \`\${image.length}:\${detail.level}:\${detail.language}\`;
  }
}

export async function run${i}(service: LogoService${i}, jobId: string, names: string[]): Promise<number> {
  const helper = new Service${i - 1}('s${i}');
  let total = helper.weight();
  for (const name of names) {
    const logo = await service.generate(jobId, 'dark', name, ['#fff', '#000'], 'a'.repeat(64));
    total += logo.width + (await service.describe(new Uint8Array(4), { level: 2, language: 'en' })).length;
  }
  return total + summarise${i - 1}([]).length;
}
`;
}

export function generateProject(dir, { files = 300, root }) {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, 'src'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'node_modules/@keyproof'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'node_modules/@types'), { recursive: true });
  fs.symlinkSync(path.join(root, 'packages/runtime'), path.join(dir, 'node_modules/keyproof'), 'dir');
  fs.symlinkSync(path.join(root, 'packages/transformer'), path.join(dir, 'node_modules/@keyproof/transformer'), 'dir');
  fs.symlinkSync(path.join(root, 'node_modules/typescript'), path.join(dir, 'node_modules/typescript'), 'dir');
  fs.symlinkSync(path.join(root, 'node_modules/@types/node'), path.join(dir, 'node_modules/@types/node'), 'dir');
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'compile-bench', private: true, type: 'module' }));
  const tsconfig = (plugins) => ({
    compilerOptions: {
      target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, skipLibCheck: true,
      types: ['node'], outDir: 'dist', rootDir: 'src', declaration: true, ...(plugins ? { plugins } : {}),
    },
    include: ['src'],
  });
  fs.writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify(tsconfig([{ transform: '@keyproof/transformer' }]), null, 2));
  fs.writeFileSync(path.join(dir, 'tsconfig.noplugin.json'), JSON.stringify(tsconfig(null), null, 2));
  let memo = 0;
  for (let i = 0; i < files; i++) {
    if (isMemo(i)) memo++;
    fs.writeFileSync(path.join(dir, 'src', `m${i}.ts`), isMemo(i) ? memoModule(i) : plainModule(i));
  }
  return { files, memo };
}
