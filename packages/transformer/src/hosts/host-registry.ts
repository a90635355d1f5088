import * as fs from 'node:fs';
import * as path from 'node:path';
import { SourceHost, type SourceHostOptions } from './source-host';

/**
 * One SourceHost per tsconfig: a file is analysed with the program of the nearest
 * tsconfig.json above it (up to `root`), so a workspace with several projects gets each
 * project's own program. With `tsconfig` given (or `false`), that choice holds for every file.
 */
export class SourceHosts {
  private readonly byConfig = new Map<string, SourceHost>();
  private readonly nearest = new Map<string, string | false>();

  constructor(private readonly options: SourceHostOptions & { readonly root: string }) {}

  hostFor(fileName: string): SourceHost {
    const config =
      this.options.tsconfig !== undefined ? this.options.tsconfig : this.nearestConfig(path.dirname(fileName));
    const key = config === false ? '' : path.resolve(this.options.root, config);
    let host = this.byConfig.get(key);
    if (host === undefined) {
      host = new SourceHost({
        ...this.options,
        root: config === false ? this.options.root : path.dirname(key),
        tsconfig: config === false ? false : key,
      });
      this.byConfig.set(key, host);
    }
    return host;
  }

  private nearestConfig(dir: string): string | false {
    const known = this.nearest.get(dir);
    if (known !== undefined) return known;
    const candidate = path.join(dir, 'tsconfig.json');
    const parent = path.dirname(dir);
    const found = fs.existsSync(candidate)
      ? candidate
      : parent === dir || !isInside(this.options.root, parent)
        ? false
        : this.nearestConfig(parent);
    this.nearest.set(dir, found);
    return found;
  }
}

function isInside(root: string, dir: string): boolean {
  const relative = path.relative(root, dir);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}
