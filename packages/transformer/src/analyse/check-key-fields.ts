import type { MethodCheck } from './check';
import { finding, type Finding } from './finding';
import { fieldWrites } from './is-constant';
import { readClassMembers } from './read-class-members';
import { describePath, sortPhrase } from './provenance/describe-path';

/**
 * A key field (`@cacheKey readonly runId = nextRunId()`) is in every call's key. Set from a value
 * that is new each time it is evaluated (an id, the clock, a counter, the request being served),
 * it makes each instance's keys its own: instances never share an entry, and an instance made per
 * job or per request never hits. Asked of the provenance engine, so a helper or a factory in
 * another module hides nothing. A per-process value (`@cacheKey host = hostname()`) is a
 * deliberate split and stays.
 */
export const checkKeyFields: MethodCheck = (ctx, site, plan, _annotations, engine) => {
  if (site.classNode === undefined) return [];
  const members = readClassMembers(ctx, site.classNode).fields;
  const findings: Finding[] = [];
  for (const field of plan.description.fields) {
    if (field.index !== -1 || !field.name.startsWith('this.')) continue;
    const name = field.name.slice('this.'.length);
    const declaration = members.get(name);
    if (declaration === undefined) continue;
    for (const write of fieldWrites(ctx, declaration)) {
      const source = engine
        .originsOf(write)
        .find((o) => o.root.kind === 'source' && (o.root.sort === 'per-call' || o.root.sort === 'request'));
      if (source === undefined) continue;
      findings.push(
        finding(
          'PerCallAtCallSite',
          write,
          `Key field this.${name} of ${site.defaultId} is set from ${sortPhrase(source)}: ${describePath(ctx, source, `this.${name}`)}. ` +
            'Each instance keys its calls by its own value, so instances never share a cache entry, and an instance made per job or request never hits. ' +
            `Fix: key a value that repeats (the tenant or configuration the instance stands for), or mark this.${name} \`@notKey\` if it does not shape the answer.`,
        ),
      );
      break;
    }
  }
  return findings;
};
