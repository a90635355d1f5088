import type { KeyproofOptions } from './types';

/** Plugin options from the tsconfig entry (`{ "transform": "@keyproof/transformer", … }`); unknown keys are ignored. */
export function readOptions(config: Readonly<Record<string, unknown>>): KeyproofOptions {
  const numbers = (v: unknown): number[] | undefined =>
    Array.isArray(v) ? v.filter((x): x is number => typeof x === 'number') : undefined;
  const strings = (v: unknown): string[] | undefined =>
    Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : undefined;
  const warningsAsErrors = config['warningsAsErrors'] === true ? true : numbers(config['warningsAsErrors']);
  const ignore = numbers(config['ignore']);
  const perCallNames = strings(config['perCallNames']);
  const perCallSources = strings(config['perCallSources']);
  const warnings =
    config['warnings'] === 'stderr' || config['warnings'] === 'diagnostic' ? config['warnings'] : undefined;
  return {
    ...(warnings !== undefined ? { warnings } : {}),
    ...(warningsAsErrors !== undefined ? { warningsAsErrors } : {}),
    ...(ignore !== undefined ? { ignore } : {}),
    ...(perCallNames !== undefined ? { perCallNames } : {}),
    ...(perCallSources !== undefined ? { perCallSources } : {}),
  };
}
