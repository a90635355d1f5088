import type * as ts from 'typescript';
import { buildManifest, type KeyField, type PlannedMemo, type TypeScript } from '@keyproof/transformer';

/**
 * A plan as a hover shows it (Markdown): the key fields in the order they are hashed, what is
 * left out and why (and which key field captures it), the acknowledged warnings, the version
 * and the signature that is part of every key.
 */
export function describePlan(ts: TypeScript, program: ts.Program, { plan, site }: PlannedMemo): string {
  const version = buildManifest(ts, program, { plans: [{ plan, site }] }).manifest.methods[plan.id]?.version ?? '0';
  const lines = [`**keyproof** key plan of \`${plan.id}\` (version ${version})`, ''];
  lines.push(plan.fields.length === 0 ? 'Key: no fields (one entry for every call).' : 'Key, in order:');
  for (const [i, f] of plan.fields.entries()) lines.push(`${i + 1}. \`${fieldText(f)}\``);
  if (plan.excluded.length > 0) {
    lines.push('', 'Not in the key:');
    for (const e of plan.excluded) lines.push(`- \`${e.name}\`: ${e.reason}`);
  }
  if (plan.acknowledged !== undefined && plan.acknowledged.length > 0) {
    lines.push('', 'Acknowledged:');
    for (const a of plan.acknowledged) lines.push(`- KP${a.code}: ${a.reason}`);
  }
  lines.push('', `Signature \`${plan.signature}\` · ${plan.source}`);
  return lines.join('\n');
}

/** The key fields in one line, for a code lens: `key: prompt, this.model · not: jobId`. */
export function lensTitle({ plan }: PlannedMemo): string {
  const key = plan.fields.length === 0 ? 'key: (none)' : `key: ${plan.fields.map(fieldText).join(', ')}`;
  return plan.excluded.length === 0 ? key : `${key} · not: ${plan.excluded.map((e) => e.name).join(', ')}`;
}

function fieldText(f: KeyField): string {
  const pick = f.pick !== undefined ? `{${f.pick.join(', ')}}` : '';
  const omit = f.omit !== undefined ? ` without ${f.omit.join(', ')}` : '';
  const normalize = f.normalize !== undefined ? ` ~ ${f.normalize}` : '';
  return `${f.name}${pick}${omit}${normalize}`;
}
