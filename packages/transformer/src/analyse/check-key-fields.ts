import type { MethodCheck } from './check';
import { isMemoisedMethod } from './find-memoised';
import { finding, type Finding } from './finding';
import { fieldWrites } from './is-constant';
import { readFieldMarks } from './read-annotations';
import { readClassMembers } from './read-class-members';
import { describePath, sortPhrase } from './provenance/describe-path';

/**
 * A key field (`@cacheKey readonly runId = nextRunId()`) is in the key of every memoised method
 * that reads it. Set from a value that is new each time it is evaluated (an id, the clock, a
 * counter, the request being served), it makes each instance's keys its own: instances never
 * share an entry, and an instance made per job or per request never hits. Read by no memoised
 * method, the mark keys nothing, and what it was meant for (`bootedAt = Date.now()`, "so a deploy
 * starts fresh") is not done either. Either way the mark is a mistake. Asked of the provenance
 * engine, so a helper or a factory in another module hides nothing. Reported once per class (from
 * its first memoised method). A per-process value (`@cacheKey host = hostname()`) is a
 * deliberate split and stays.
 */
export const checkKeyFields: MethodCheck = (ctx, site, plan, _annotations, engine) => {
  const cls = site.classNode;
  if (cls === undefined || cls.members.find((m) => isMemoisedMethod(ctx, m)) !== site.fn) return [];
  const findings: Finding[] = [];
  for (const [name, declaration] of readClassMembers(ctx, cls).fields) {
    if (!readFieldMarks(ctx, declaration).some((m) => m.kind === 'include')) continue;
    for (const write of fieldWrites(ctx, declaration)) {
      const source = engine
        .originsOf(write)
        .find((o) => o.root.kind === 'source' && (o.root.sort === 'per-call' || o.root.sort === 'request'));
      if (source === undefined) continue;
      const read = plan.description.fields.some((f) => f.name === `this.${name}`);
      findings.push(
        finding(
          'PerCallAtCallSite',
          write,
          `Key field this.${name} of ${cls.name?.text ?? 'this class'} is set from ${sortPhrase(source)}: ${describePath(ctx, source, `this.${name}`)}. ` +
            (read
              ? 'Each instance keys its calls by its own value, so instances never share a cache entry, and an instance made per job or request never hits. '
              : 'As a key field it makes each instance key its calls by its own value, so instances never share an entry; where no memoised method reads it, it keys nothing. ') +
            `Fix: key a value that repeats (the tenant or configuration the instance stands for), remove \`@cacheKey\` (a new \`version\` starts the cache afresh), or mark this.${name} \`@notKey\` if it does not shape the answer.`,
        ),
      );
      break;
    }
  }
  return findings;
};
