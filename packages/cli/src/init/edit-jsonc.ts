import type { TypeScript } from '@keyproof/transformer';

type Ts = TypeScript;
type ObjectLiteral = import('typescript').ObjectLiteralExpression;

/**
 * Edits to a JSON-with-comments file (tsconfig.json, nest-cli.json, package.json) made as text
 * splices at the positions TypeScript's own JSON parser reports, so comments, trailing commas,
 * key order and indentation outside the touched member stay as the user wrote them.
 */
export class JsoncText {
  constructor(
    private readonly ts: Ts,
    public text: string,
    private readonly fileName: string,
  ) {
    this.root(); // throws on a file that is not a JSON object
  }

  /** The value at `path`, as TypeScript reads the file (comments allowed), or undefined. */
  get(path: readonly string[]): unknown {
    const { config, error } = this.ts.parseConfigFileTextToJson(this.fileName, this.text);
    if (error) return undefined;
    let value: unknown = config;
    for (const key of path)
      value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
    return value;
  }

  /** Set `path` to `value`, creating the objects on the way. */
  set(path: readonly string[], value: unknown): void {
    const parent = this.objectAt(path.slice(0, -1));
    const key = path[path.length - 1]!;
    const existing = this.member(parent, key);
    if (existing) {
      const init = existing.initializer;
      this.splice(init.getStart(this.file), init.end, render(value));
    } else {
      this.insertMember(parent, key, render(value));
    }
    this.root();
  }

  /** Append `element` to the array at `path` (created when missing). */
  append(path: readonly string[], element: unknown): void {
    const parent = this.objectAt(path.slice(0, -1));
    const key = path[path.length - 1]!;
    const existing = this.member(parent, key);
    if (!existing) {
      this.insertMember(parent, key, render([element]));
      this.root();
      return;
    }
    const array = existing.initializer;
    if (!this.ts.isArrayLiteralExpression(array)) {
      throw new Error(`${this.fileName}: "${path.join('.')}" is not an array.`);
    }
    const last = array.elements[array.elements.length - 1];
    if (!last) this.splice(array.getStart(this.file), array.end, render([element]));
    else this.splice(last.end, last.end, `, ${render(element)}`);
    this.root();
  }

  private file!: import('typescript').JsonSourceFile;

  private root(): ObjectLiteral {
    this.file = this.ts.parseJsonText(this.fileName, this.text);
    const diagnostics = (this.file as unknown as { parseDiagnostics?: readonly unknown[] }).parseDiagnostics ?? [];
    const expression = this.file.statements[0]?.expression;
    if (diagnostics.length > 0 || !expression || !this.ts.isObjectLiteralExpression(expression)) {
      throw new Error(`${this.fileName} is not a JSON object that TypeScript can read; fix it by hand first.`);
    }
    return expression;
  }

  private objectAt(path: readonly string[]): ObjectLiteral {
    for (;;) {
      let node = this.root();
      let created = false;
      for (const [i, key] of path.entries()) {
        const member = this.member(node, key);
        if (!member) {
          this.insertMember(node, key, '{}');
          this.root();
          created = true;
          break;
        }
        if (!this.ts.isObjectLiteralExpression(member.initializer)) {
          throw new Error(`${this.fileName}: "${path.slice(0, i + 1).join('.')}" is not an object.`);
        }
        node = member.initializer;
      }
      if (!created) return node;
    }
  }

  private member(object: ObjectLiteral, key: string) {
    for (const property of object.properties) {
      if (!this.ts.isPropertyAssignment(property)) continue;
      const name = property.name;
      if ((this.ts.isStringLiteral(name) || this.ts.isIdentifier(name)) && name.text === key) return property;
    }
    return undefined;
  }

  private insertMember(object: ObjectLiteral, key: string, valueText: string): void {
    const entry = `${JSON.stringify(key)}: ${valueText}`;
    const last = object.properties[object.properties.length - 1];
    if (!last) {
      const indent = lineIndent(this.text, object.getStart(this.file));
      this.splice(object.getStart(this.file), object.end, `{\n${indent}  ${entry}\n${indent}}`);
      return;
    }
    const indent = lineIndent(this.text, last.getStart(this.file));
    // The rest of the last member's line: a trailing comma and/or a comment stay on that line.
    const lineEnd = nextLineBreak(this.text, last.end);
    const rest = this.text.slice(last.end, lineEnd);
    const restIsTail = /^\s*,?\s*(\/\/.*|\/\*.*\*\/\s*)?$/.test(rest);
    const hasComma = /^\s*,/.test(rest);
    if (restIsTail) {
      this.splice(lineEnd, lineEnd, `\n${indent}${entry}${hasComma ? ',' : ''}`);
      if (!hasComma) this.splice(last.end, last.end, ',');
    } else {
      this.splice(last.end, last.end, `,\n${indent}${entry}`);
    }
  }

  private splice(start: number, end: number, replacement: string): void {
    this.text = this.text.slice(0, start) + replacement + this.text.slice(end);
  }
}

/** `{ "a": 1 }` / `[x, y]`: JSON on one line with the spaces a person would type. */
function render(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(render).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${render(v)}`);
    return entries.length ? `{ ${entries.join(', ')} }` : '{}';
  }
  return JSON.stringify(value);
}

function lineIndent(text: string, pos: number): string {
  const start = text.lastIndexOf('\n', pos - 1) + 1;
  return /^[ \t]*/.exec(text.slice(start, pos))![0];
}

function nextLineBreak(text: string, pos: number): number {
  const i = text.indexOf('\n', pos);
  return i < 0 ? text.length : text[i - 1] === '\r' ? i - 1 : i;
}
