import { finding, type Finding } from './finding';
import type { MethodCheck } from './check';

const CLAIM = /\b(?:(?:does|do|is|are|should|must|will)\s*(?:not|n't)|never|isn't|aren't|without)\b[^.;\n]*\b(?:key|keys|keyed|cache|cached)\b|\bnot\s+(?:part\s+of|in|included\s+in)\s+the\s+(?:cache\s+)?key\b|\bexcluded\s+from\s+the\s+(?:cache\s+)?key\b|\b(?:ignored|ignores)\b[^.;\n]*\b(?:key|cache)\b/i;

/**
 * Prose that claims an exclusion ("the cache key does not include the job ID") must be backed
 * by an annotation: the claim is exactly what the seed's docstring said while the code keyed
 * on the job ID anyway.
 */
export const checkDocstringClaims: MethodCheck = (_ctx, site, plan, annotations) => {
  const findings: Finding[] = [];
  const sentences: { text: string; param?: string }[] = [];
  for (const sentence of annotations.doc.description.split(/(?<=[.;!?])\s+|\n\s*\n/)) sentences.push({ text: sentence });
  for (const tag of annotations.doc.tags) {
    if (tag.name !== 'param') continue;
    const name = /^\{[^}]*\}\s*/.exec(tag.text) ? tag.text.replace(/^\{[^}]*\}\s*/, '') : tag.text;
    const [param = '', ...rest] = name.split(/\s+/);
    sentences.push({ text: rest.join(' '), param: param.replace(/^\[|\]$/g, '').split('=')[0] ?? '' });
  }
  const anchor = site.fn.name ?? site.fn;
  const reported = new Set<string>();
  for (const sentence of sentences) {
    if (!CLAIM.test(sentence.text)) continue;
    const phrases = wordRuns(sentence.text);
    const named = sentence.param !== undefined
      ? plan.keyParams.filter((p) => p.name === sentence.param)
      : plan.keyParams.filter((p) => phrases.has(squash(p.name)));
    for (const param of named) {
      if (reported.has(param.name)) continue;
      reported.add(param.name);
      findings.push(
        finding(
          'UnenforcedClaim',
          anchor,
          `The docs of ${site.defaultId} say "${sentence.text.trim()}", but parameter "${param.name}" is still part of the cache key: nothing enforces the claim. ` +
            `Fix: add "@excludeFromKey ${param.name} reason" to the doc comment (or @notKey to the parameter), or correct the docs.`,
        ),
      );
    }
    if (named.length === 0 && plan.excludedParams.length === 0 && plan.excludedPaths.length === 0 && sentence.param === undefined && !reported.has('')) {
      reported.add('');
      findings.push(
        finding(
          'UnenforcedClaim',
          anchor,
          `The docs of ${site.defaultId} claim an exclusion ("${sentence.text.trim()}"), but no annotation excludes anything: every parameter is in the cache key. ` +
            'Fix: add "@excludeFromKey NAME reason" for the parameter the docs mean, or correct the docs.',
        ),
      );
    }
  }
  return findings;
};

/** Runs of one to three words, squashed: "the job ID" gives "jobid" among others. */
function wordRuns(text: string): Set<string> {
  const words = text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
  const runs = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    for (let k = 1; k <= 3 && i + k <= words.length; k++) runs.add(words.slice(i, i + k).join(''));
  }
  return runs;
}

/** "job ID" and "jobId" both become "jobid". */
function squash(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, '');
}
