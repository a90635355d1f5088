import type * as ts from 'typescript';
import {
  Diagnostics,
  pluginEntry,
  runAnalysis,
  type Analysis,
  type ReportedDiagnostic,
  type TypeScript,
} from '@keyproof/transformer';
import { describePlan } from './describe-plan';
import { ownerAt } from './plan-owner';
import { quickFixes } from './quick-fixes';
import { RECORDED_CODES, recordedKeys } from './record-keys';

/** Every keyproof code: tsserver's clients ask for fixes only for codes a plugin says it fixes. */
const CODES = Object.values(Diagnostics).map((d) => String(d.code));

/**
 * The TypeScript language-service plugin (TypeScript 5.3 to 6.x; tsserver-based editors, VS
 * Code with the workspace's TypeScript), configured next to the transformer entry:
 *
 *   "plugins": [{ "transform": "@keyproof/transformer" }, { "name": "@keyproof/language-server" }]
 *
 * Adds keyproof's diagnostics to the semantic diagnostics (as tspc reports them: the same
 * code, `[keyproof] message` and range), its quick fixes to the code fixes, and a memoised
 * method's key plan to its quick info. Analyses with the TypeScript tsserver runs.
 */
function init(modules: { typescript: TypeScript }): ts.server.PluginModule {
  const tsm = modules.typescript;
  return {
    create(info) {
      const service = info.languageService;
      const analysed = new WeakMap<ts.Program, Analysis>();
      const log = (text: string): void => info.project.projectService.logger.info(`[keyproof] ${text}`);

      /** The current program, the file, and the analysis (once per program); undefined when the file cannot be analysed. */
      function analyse(
        fileName: string,
      ): { program: ts.Program; sourceFile: ts.SourceFile; analysis: Analysis } | undefined {
        const program = service.getProgram();
        const sourceFile = program?.getSourceFile(fileName);
        if (program === undefined || sourceFile === undefined) return undefined;
        // a file with syntax errors: TypeScript reports them; an analysis of a guess would only mislead
        if (program.getSyntacticDiagnostics(sourceFile).length > 0) return undefined;
        let analysis = analysed.get(program);
        if (analysis === undefined) {
          analysis = runAnalysis(program, tsm, { config: pluginEntry(program.getCompilerOptions().plugins) ?? {} });
          analysed.set(program, analysis);
        }
        return { program, sourceFile, analysis };
      }

      function fileDiagnostics(
        fileName: string,
      ):
        | { program: ts.Program; sourceFile: ts.SourceFile; analysis: Analysis; diagnostics: ReportedDiagnostic[] }
        | undefined {
        try {
          const found = analyse(fileName);
          if (found === undefined) return undefined;
          return {
            ...found,
            diagnostics: found.analysis.diagnostics.filter((d) => d.fileName === found.sourceFile.fileName),
          };
        } catch (error) {
          log(
            `could not analyse ${fileName}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
          );
          return undefined;
        }
      }

      const proxy = Object.create(null) as ts.LanguageService;
      for (const key of Object.keys(service) as (keyof ts.LanguageService)[]) {
        const original = service[key];
        if (typeof original === 'function')
          (proxy as unknown as Record<string, unknown>)[key] = (original as (...args: unknown[]) => unknown).bind(
            service,
          );
      }

      proxy.getSemanticDiagnostics = (fileName) => {
        const own = service.getSemanticDiagnostics(fileName);
        const found = fileDiagnostics(fileName);
        if (found === undefined) return own;
        return [
          ...own,
          ...found.diagnostics.map(
            (d): ts.Diagnostic => ({
              file: found.sourceFile,
              start: d.start,
              length: d.length,
              messageText: `[keyproof] ${d.message}`,
              category: d.severity === 'error' ? tsm.DiagnosticCategory.Error : tsm.DiagnosticCategory.Warning,
              code: d.code,
              source: 'keyproof',
            }),
          ),
        ];
      };

      proxy.getSupportedCodeFixes = (fileName) => [...service.getSupportedCodeFixes(fileName), ...CODES];

      proxy.getCodeFixesAtPosition = (fileName, start, end, errorCodes, formatOptions, preferences) => {
        const others = errorCodes.filter((c) => !CODES.includes(String(c)));
        const own =
          others.length > 0
            ? service.getCodeFixesAtPosition(fileName, start, end, others, formatOptions, preferences)
            : [];
        const found = fileDiagnostics(fileName);
        if (found === undefined) return own;
        const here = found.diagnostics.filter(
          (d) =>
            errorCodes.includes(d.code) &&
            d.start !== undefined &&
            d.start <= end &&
            d.start + (d.length ?? 0) >= start,
        );
        const fixes = here
          .flatMap((d) => quickFixes(tsm, found.sourceFile, found.analysis.plans, d))
          .map(
            (fix): ts.CodeFixAction => ({
              fixName: `keyproof-${fix.code}`,
              description: fix.title,
              changes: [
                {
                  fileName,
                  textChanges: fix.edits.map((e) => ({
                    span: { start: e.start, length: e.end - e.start },
                    newText: e.newText,
                  })),
                },
              ],
            }),
          );
        const record = here.some((d) => RECORDED_CODES.has(d.code)) ? recordAction(found.program, found.analysis) : [];
        return [...own, ...fixes, ...record];
      };

      /**
       * For a difference `keyproof keys` records: the keys manifest rewritten as that command
       * would write it, one whole-file change (a new file when there is none yet).
       */
      function recordAction(program: ts.Program, analysis: Analysis): ts.CodeFixAction[] {
        try {
          const next = recordedKeys(tsm, program, analysis, pluginEntry(program.getCompilerOptions().plugins) ?? {});
          if (next === undefined) return [];
          const before = tsm.sys.readFile(next.path);
          // tsserver turns a change's spans into lines and columns through the file's script
          // info, which a file outside the program (the manifest) has only once asked for
          if (before !== undefined)
            info.project.projectService.getOrCreateScriptInfoForNormalizedPath(
              tsm.server.toNormalizedPath(next.path),
              false,
            );
          return [
            {
              fixName: 'keyproof-record-keys',
              description: `Record the change in ${next.path.slice(next.path.lastIndexOf('/') + 1)} (as \`keyproof keys\` would)`,
              changes: [
                {
                  fileName: next.path,
                  textChanges: [{ span: { start: 0, length: before?.length ?? 0 }, newText: next.text }],
                  ...(before === undefined ? { isNewFile: true } : {}),
                },
              ],
            },
          ];
        } catch (error) {
          log(`could not record the keys: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
          return [];
        }
      }

      proxy.getQuickInfoAtPosition = (fileName, position, ...rest) => {
        const quickInfo = service.getQuickInfoAtPosition(fileName, position, ...rest);
        try {
          const found = analyse(fileName);
          if (found === undefined) return quickInfo;
          const plans = found.analysis.plans.filter((p) => p.site.fileName === found.sourceFile.fileName);
          const owner = ownerAt(tsm, found.sourceFile, plans, position, true);
          if (owner === undefined || quickInfo === undefined) return quickInfo;
          const plan: ts.SymbolDisplayPart = { kind: 'text', text: describePlan(tsm, found.program, owner.plan) };
          return {
            ...quickInfo,
            documentation: [
              ...(quickInfo.documentation ?? []),
              ...(quickInfo.documentation?.length ? [{ kind: 'lineBreak', text: '\n\n' }] : []),
              plan,
            ],
          };
        } catch {
          return quickInfo;
        }
      };

      log(`plugin loaded for ${info.project.getProjectName()} (TypeScript ${tsm.version})`);
      return proxy;
    },
  };
}

export = init;
