import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  DiagnosticSeverity,
  ProposedFeatures,
  StreamMessageReader,
  StreamMessageWriter,
  TextDocumentSyncKind,
  TextDocuments,
  createConnection,
  type CodeAction,
  type CodeLens,
  type Connection,
  type Diagnostic,
  type Range,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type * as ts from 'typescript';
import type { ReportedDiagnostic, TypeScript } from '@keyproof/transformer';
import { describePlan, lensTitle } from './describe-plan';
import { describeFigures, LiveFigures, lensFigures } from './live-figures';
import { analyseFile, type FileAnalysis } from './file-analysis';
import { ownerAt, planOwners } from './plan-owner';
import { normalise, type OpenFiles, type Project } from './project';
import { Projects } from './projects';
import { quickFixes } from './quick-fixes';
import { RECORDED_CODES } from './record-keys';

/** Settings a client may pass as `initializationOptions`. */
interface ServerSettings {
  /** Milliseconds to wait after the last change before analysing. @default 50 */
  readonly debounceMs?: number;
  /**
   * The store the app writes (a URL, as `KEYPROOF_STORE` takes it), for the live figures in
   * hovers and code lenses. @default `KEYPROOF_STORE`, else the runtime's default file when it exists
   */
  readonly store?: string;
}

/**
 * `keyproof-language-server`: keyproof's diagnostics for the open files (from their unsaved
 * text, the same codes, messages and ranges as tspc), hover with a memoised method's key plan,
 * quick fixes, and a code lens with its key fields. Speaks LSP on stdin/stdout.
 */
export function startServer(
  connection: Connection = createConnection(
    ProposedFeatures.all,
    new StreamMessageReader(process.stdin),
    new StreamMessageWriter(process.stdout),
  ),
): void {
  const documents = new TextDocuments(TextDocument);
  const open: OpenFiles = {
    get(fileName) {
      const doc = byFile.get(fileName);
      return doc === undefined ? undefined : { text: doc.getText(), version: doc.version };
    },
  };
  const byFile = new Map<string, TextDocument>();
  const projects = new Projects(open);
  let debounceMs = 50;
  let timer: NodeJS.Timeout | undefined;
  const dirty = new Set<string>();

  let live: LiveFigures | undefined;

  connection.onInitialize((params) => {
    const settings = (params.initializationOptions ?? {}) as ServerSettings;
    if (typeof settings.debounceMs === 'number') debounceMs = settings.debounceMs;
    const lensRefresh = params.capabilities.workspace?.codeLens?.refreshSupport === true;
    live = new LiveFigures(
      typeof settings.store === 'string' ? settings.store : undefined,
      (m) => connection.console.log(m),
      () => {
        if (lensRefresh) void connection.sendRequest('workspace/codeLens/refresh');
      },
    );
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        codeLensProvider: { resolveProvider: false },
      },
      serverInfo: { name: 'keyproof-language-server', version: '0.1.0' },
    };
  });

  documents.onDidOpen(({ document }) => {
    byFile.set(fileOf(document.uri), document);
    schedule(document.uri);
  });
  documents.onDidChangeContent(({ document }) => {
    byFile.set(fileOf(document.uri), document);
    schedule(document.uri);
  });
  documents.onDidClose(({ document }) => {
    byFile.delete(fileOf(document.uri));
    dirty.delete(document.uri);
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
    // the file's text on disk replaces its unsaved text: the others may change with it
    projects.changedOnDisk(fileOf(document.uri));
    projects.closed(fileOf(document.uri));
    for (const other of documents.all()) schedule(other.uri);
  });
  connection.onDidChangeWatchedFiles(({ changes }) => {
    for (const change of changes) projects.changedOnDisk(fileOf(change.uri));
    for (const doc of documents.all()) schedule(doc.uri);
  });

  function schedule(uri: string): void {
    dirty.add(uri);
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(flush, debounceMs);
  }

  /** Analyses the projects of the changed files and publishes every open file of those projects. */
  function flush(): void {
    timer = undefined;
    const touched = new Set<Project | undefined>();
    for (const uri of dirty) touched.add(projectOf(uri));
    dirty.clear();
    for (const doc of documents.all()) {
      const project = projectOf(doc.uri);
      if (touched.has(project)) publish(doc, project);
    }
  }

  function projectOf(uri: string): Project | undefined {
    try {
      return projects.of(fileOf(uri));
    } catch (error) {
      connection.console.error(message(error));
      return undefined;
    }
  }

  function publish(doc: TextDocument, project: Project | undefined): void {
    let diagnostics: Diagnostic[] = [];
    if (project !== undefined) {
      try {
        const file = analyseFile(project, fileOf(doc.uri));
        if (file !== undefined) diagnostics = file.diagnostics.map((d) => toLsp(file, d));
      } catch (error) {
        // a file keyproof cannot analyse: nothing stale, nothing crashed; the log says why
        connection.console.error(`keyproof could not analyse ${fileOf(doc.uri)}: ${message(error)}`);
      }
    }
    void connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics });
  }

  /** The current analysis of an open file (analysed now if a change is still waiting). */
  function current(uri: string): FileAnalysis | undefined {
    const project = projectOf(uri);
    if (project === undefined) return undefined;
    try {
      return analyseFile(project, fileOf(uri));
    } catch (error) {
      connection.console.error(message(error));
      return undefined;
    }
  }

  connection.onHover(async ({ textDocument, position }) => {
    const doc = documents.get(textDocument.uri);
    const file = doc === undefined ? undefined : current(textDocument.uri);
    if (doc === undefined || file === undefined) return null;
    const owner = ownerAt(file.ts, file.sourceFile, file.plans, doc.offsetAt(position), true);
    if (owner === undefined) return null;
    const project = projectOf(textDocument.uri);
    const figures =
      project !== undefined
        ? (await live?.of(path.dirname(project.configPath), HOVER_WAIT_MS))?.get(owner.plan.plan.id)
        : undefined;
    const plan = describePlan(file.ts, file.program, owner.plan);
    return {
      contents: { kind: 'markdown', value: figures === undefined ? plan : `${plan}\n\n${describeFigures(figures)}` },
      range: rangeOf(file.ts, file.sourceFile, owner.node.getStart(file.sourceFile), owner.headerEnd),
    };
  });

  connection.onCodeAction(({ textDocument, range }) => {
    const doc = documents.get(textDocument.uri);
    const file = doc === undefined ? undefined : current(textDocument.uri);
    if (doc === undefined || file === undefined) return [];
    const from = doc.offsetAt(range.start);
    const to = doc.offsetAt(range.end);
    const actions: CodeAction[] = [];
    for (const d of file.diagnostics) {
      if (d.start === undefined || d.start > to || d.start + (d.length ?? 0) < from) continue;
      for (const fix of quickFixes(file.ts, file.sourceFile, file.plans, d)) {
        actions.push({
          title: fix.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [toLsp(file, d)],
          edit: {
            changes: {
              [textDocument.uri]: fix.edits.map((e) => ({
                range: rangeOf(file.ts, file.sourceFile, e.start, e.end),
                newText: e.newText,
              })),
            },
          },
        });
      }
    }
    const record = recordAction(textDocument.uri, file, from, to);
    if (record !== undefined) actions.push(record);
    return actions;
  });

  /**
   * For a difference `keyproof keys` records (91070 key changed, 91072 version changed, 91073
   * not recorded, 91074 gone, 91077 tags changed): rewrite the keys manifest as that command
   * would, from the program as the editor has it. An edit of the manifest's file, which the
   * editor shows and saves like any other.
   */
  function recordAction(uri: string, file: FileAnalysis, from: number, to: number): CodeAction | undefined {
    const differences = file.diagnostics.filter(
      (d) => RECORDED_CODES.has(d.code) && d.start !== undefined && d.start <= to && d.start + (d.length ?? 0) >= from,
    );
    if (differences.length === 0) return undefined;
    const project = projectOf(uri);
    const next = project?.recordKeys();
    if (project === undefined || next === undefined) return undefined;
    const keysUri = pathToFileURL(next.path).href;
    const before = project.readFile(next.path);
    const title = `Record the change in ${path.basename(next.path)} (as \`keyproof keys\` would)`;
    const diagnostics = differences.map((d) => toLsp(file, d));
    const start = { line: 0, character: 0 };
    if (before === undefined) {
      // no manifest yet: create it
      return {
        title,
        kind: CodeActionKind.QuickFix,
        diagnostics,
        edit: {
          documentChanges: [
            { kind: 'create', uri: keysUri, options: { ignoreIfExists: true } },
            {
              textDocument: { uri: keysUri, version: null },
              edits: [{ range: { start, end: start }, newText: next.text }],
            },
          ],
        },
      };
    }
    const end = TextDocument.create(keysUri, 'json', 0, before).positionAt(before.length);
    return {
      title,
      kind: CodeActionKind.QuickFix,
      diagnostics,
      edit: { changes: { [keysUri]: [{ range: { start, end }, newText: next.text }] } },
    };
  }

  connection.onCodeLens(({ textDocument }): CodeLens[] => {
    const file = current(textDocument.uri);
    if (file === undefined) return [];
    const project = projectOf(textDocument.uri);
    const figures = project !== undefined ? live?.cached(path.dirname(project.configPath)) : undefined;
    return planOwners(file.ts, file.sourceFile, file.plans).map((owner) => {
      const start = owner.node.getStart(file.sourceFile);
      const f = figures?.get(owner.plan.plan.id);
      return {
        range: rangeOf(file.ts, file.sourceFile, start, start),
        command: {
          title: f === undefined ? lensTitle(owner.plan) : `${lensTitle(owner.plan)} · ${lensFigures(f)}`,
          command: '',
        },
      };
    });
  });

  connection.onShutdown(() => {
    if (timer !== undefined) clearTimeout(timer);
    projects.dispose();
  });

  documents.listen(connection);
  connection.listen();
}

/** How long a hover waits for the store's figures (first hover, or figures older than a few seconds). */
const HOVER_WAIT_MS = 500;

/** A keyproof diagnostic as LSP publishes it: tspc's code, message and range. */
function toLsp(file: FileAnalysis, d: ReportedDiagnostic): Diagnostic {
  const start = d.start ?? 0;
  return {
    range: rangeOf(file.ts, file.sourceFile, start, start + (d.length ?? 0)),
    severity: d.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    code: d.code,
    source: 'keyproof',
    message: d.message,
  };
}

function rangeOf(tsm: TypeScript, sourceFile: ts.SourceFile, start: number, end: number): Range {
  return {
    start: tsm.getLineAndCharacterOfPosition(sourceFile, start),
    end: tsm.getLineAndCharacterOfPosition(sourceFile, end),
  };
}

function fileOf(uri: string): string {
  return normalise(uri.startsWith('file:') ? fileURLToPath(uri) : uri);
}

function message(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
