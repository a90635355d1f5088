import type { DocComment } from './read-jsdoc';

/** One sentence of a doc comment that says something is not in the cache key. */
export interface Claim {
  /** The sentence as written. */
  readonly text: string;
  /** What it says is left out, as written ("the job ID", "jobs"); empty when it names nothing. */
  readonly subjects: readonly string[];
  /** The parameter a `@param` tag is about, when the claim is in one. */
  readonly param?: string;
}

const KEY = String.raw`(?:the\s+)?(?:cache(?:d)?\s+)?(?:key|keys|cache)`;
/** Ways people write "X is not in the key"; group 1 is X. */
const SUBJECT_PATTERNS: readonly RegExp[] = [
  new RegExp(
    String.raw`${KEY}\s+(?:does\s+not|doesn't|do\s+not|don't|will\s+not|won't|must\s+not|should\s+not|never)\s+(?:include|contain|hash|use|depend\s+on|look\s+at|consider)s?\s+(.+)`,
    'i',
  ),
  new RegExp(
    String.raw`(.+?)\s+(?:(?:is|are)\s+(?:not|never)|isn't|aren't)\s+(?:part\s+of|in|included\s+in|used\s+in|used\s+for|hashed\s+into|a\s+part\s+of)\s+${KEY}`,
    'i',
  ),
  new RegExp(String.raw`(.+?)\s+(?:is|are)\s+(?:excluded|left\s+out|omitted)\s+(?:from|of)\s+${KEY}`, 'i'),
  // "results are shared across tenants", "cached vectors are shared by every workspace": what they
  // are shared by is the noun before any qualifier ("by every request for the same prompt": requests)
  // what is shared is what the method answers, whatever it is called: "classifications are shared by all users"
  /(?:results?|entries|outputs?|answers?|responses?|images?|values?|[\w-]{3,}s|cached\s+(?:[\w-]+\s+){1,2})\s*(?:are|is)\s+(?:cached\s+and\s+)?shared\s+(?:across|between|by|among|with)\s+(?:all\s+|every\s+|each\s+|any\s+|different\s+)?([^,;:.()]+?)(?=\s+(?:for|with|that|which|who|whose|asking|having|when|whenever|if|of|on|in|so)\b|[,;:.()]|$)/i,
  new RegExp(String.raw`${KEY}\s+ignores\s+(.+)`, 'i'),
  /(?:cached|shared)\s+(?:regardless|independently)\s+of\s+(.+)/i,
];
/**
 * "X only affects logging", "X is just used for metrics": X shapes a log line or a metric,
 * never the answer, so it is not in the key. Group 1 is X.
 */
const LOG_ONLY_CLAIM =
  /(.+?)\s+(?:(?:is|are)\s+)?(?:only|just|solely|merely|purely)\s+(?:affects?|used\s+(?:for|in|by)|for|matters?\s+(?:for|to)|goes?\s+(?:to|into)|feeds?|ends?\s+up\s+in)\s+(?:the\s+)?(?:log|logs|logging|log\s+lines?|metrics?|tracing|traces|telemetry|audit(?:\s+log)?|debugging|observability)\b/i;

/** A claim that names no subject we can read: "not part of the cache key" in a `@param` tag. */
const BARE_CLAIM =
  /\b(?:not|never)\s+(?:part\s+of|in|included\s+in|used\s+in)\s+(?:the\s+)?(?:cache\s+)?key\b|\bexcluded\s+from\s+(?:the\s+)?(?:cache\s+)?key\b|\b(?:does|do|is|are|will)\s*(?:not|n't)\b[^.;\n]*\b(?:key|keyed)\b/i;
const NEGATED = /\b(?:not|never|n't|excluded|omitted|left\s+out|shared|ignores|regardless|independently)\b/i;

/**
 * The doc comment's claims that something is not part of the cache key, read the way people
 * write them: "X is not part of the key", "the key does not include X", "X is excluded from
 * the cache key", "results are shared across X", and the same in a `@param` tag.
 */
export function readClaims(doc: DocComment): Claim[] {
  const claims: Claim[] = [];
  for (const sentence of doc.description.split(/(?<=[.;!?])\s+|\n\s*\n/)) {
    const claim = claimIn(sentence);
    if (claim !== undefined) claims.push(claim);
  }
  // the relation read over whole sentences: its subjects join those the phrasings found
  for (const sentence of doc.description.split(/(?<=[.!?])\s+|\n\s*\n/)) {
    const claim = relationIn(sentence);
    if (claim === undefined) continue;
    const same = claims.findIndex((c) => claim.text.includes(c.text.trim()) || c.text.includes(claim.text));
    if (same < 0) claims.push(claim);
    else claims[same] = { ...claims[same]!, subjects: [...claims[same]!.subjects, ...claim.subjects] };
  }
  for (const tag of doc.tags) {
    if (tag.name !== 'param') continue;
    const text = tag.text.replace(/^\{[^}]*\}\s*/, '');
    const [name = '', ...rest] = text.split(/\s+/);
    const prose = rest.join(' ').replace(/^-\s*/, '');
    const param = name.replace(/^\[|\]$/g, '').split('=')[0] ?? '';
    if (
      claimIn(`${param} ${prose}`) !== undefined ||
      BARE_CLAIM.test(prose) ||
      relationIn(`${param} ${prose}`) !== undefined
    )
      claims.push({ text: prose, subjects: [param], param });
  }
  return claims;
}

function claimIn(sentence: string): Claim | undefined {
  const text = sentence.trim();
  const logOnly = LOG_ONLY_CLAIM.exec(text);
  if (logOnly?.[1] !== undefined) {
    const subject = logOnly[1]
      .replace(/`/g, '')
      .replace(/^(?:the|a|an|its|their)\s+/i, '')
      .trim();
    if (subject !== '' && !/^(?:nothing|anything|it|this|that)\b/i.test(subject)) return { text, subjects: [subject] };
  }
  if (!NEGATED.test(text)) return undefined;
  const subjects: string[] = [];
  for (const pattern of SUBJECT_PATTERNS) {
    const match = pattern.exec(text);
    if (match?.[1] === undefined) continue;
    for (const part of match[1].split(/\s*(?:[,;:.()]|\s-\s|—|\band\b|\bor\b|\bnor\b)\s*/)) {
      const subject = part.replace(/^(?:the|a|an|its|their|any|every|each|all|different|other)\s+/i, '').trim();
      if (subject !== '' && !/^(?:nothing|anything|it|this|that)\b/i.test(subject)) subjects.push(subject);
    }
  }
  if (subjects.length > 0 || BARE_CLAIM.test(text)) return { text, subjects };
  return undefined;
}

/** True when a claim's subject names this parameter: "job ID", "the jobId", "jobs" all name `jobId`. */
export function namesParameter(subject: string, param: string): boolean {
  const words = subject.toLowerCase().match(/[a-z0-9]+/g) ?? [];
  const paramWords =
    param
      .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
      .toLowerCase()
      .match(/[a-z0-9]+/g) ?? [];
  const p = paramWords.join('');
  if (p === '') return false;
  // the subject's last one to three words, as a name ("the per-run job ID" ends in "job id")
  for (let k = 1; k <= Math.min(3, words.length); k++) {
    const tail = words.slice(words.length - k).join('');
    const singular = tail.replace(/(?:ies)$/, 'y').replace(/(?<!s)s$/, '');
    if (tail === p || singular === p) return true;
    // "jobs" names `jobId`: an identifier-like parameter of the thing named
    if (paramWords.length === 2 && /^(?:id|key|ids|uuid|number|no)$/.test(paramWords[1]!) && singular === paramWords[0])
      return true;
  }
  return false;
}

/** Words that name the cache or its key. */
const CACHE_WORD = /\b(?:key|keys|keyed|keying|cache|cached|caching|cache-key|memo\w*)\b/i;
/** Words that negate a relation: what follows is not in, not used by, or left out of it. */
const NEGATION =
  /\b(?:not|never|no|without|ignored|ignores|ignore|excluded|excludes|exclude|omitted|omits|omit|left\s+out|drops?|dropped|irrelevant|neutral|agnostic|regardless|independent(?:ly)?)\b|n't\b/i;
/** The relation in one word: "cache-neutral", "key-agnostic", "cache-irrelevant". */
const NEUTRAL_TO_CACHE =
  /\b(?:cache|key|caching|memo)[-\s](?:neutral|agnostic|irrelevant|invariant|independent|transparent)\b/i;
/** A clause whose subject is a pronoun, or elided ("… and is not part of the key"): its subject is in the clause before. */
const PRONOUN =
  /^\s*(?:it|this|that|they|which|these|those|is|are|was|were|does|do|did|has|have|will|should|must|can|gets?|stays?)\b/i;

/**
 * A negated relation between something and the cache or its key, however it is worded: a
 * clause in which a negation comes before a word for the cache or key ("it does not
 * participate in the key", "ignored by the cache", "the cache does not key on `user`", "is
 * left out of the key"), or says it in one word ("cache-neutral"). Its subjects are the clause's words (a parameter may be named
 * anywhere in it, plainly, in backticks or spelled out); a clause whose subject is a pronoun
 * takes the words of the clause before it. A positive claim ("the user is part of the key,
 * so users never share answers") negates another clause, not the relation.
 */
function relationIn(sentence: string): Claim | undefined {
  const text = sentence.trim();
  const clauses = text
    .split(/\s*[,;:()\u2014]\s*|\s+(?:so|because|but|while|since|whereas|and)\s+/i)
    .filter((c) => c !== '');
  for (let i = 0; i < clauses.length; i++) {
    const clause = clauses[i]!;
    const cache = CACHE_WORD.exec(clause);
    const negation = NEGATION.exec(clause);
    if (cache === null) continue;
    if (!NEUTRAL_TO_CACHE.test(clause) && (negation === null || negation.index > cache.index)) continue;
    const scope = PRONOUN.test(clause) && i > 0 ? `${clauses[i - 1]} ${clause}` : clause;
    return { text, subjects: prefixes(scope.replace(/`/g, '')) };
  }
  return undefined;
}

/** Every run of words from the start of a text to each of its words: a name is matched at its end. */
function prefixes(text: string): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  return words.flatMap((w, i) =>
    GRAMMAR.test(w.replace(/[^\w]/g, '')) ? [] : [words.slice(Math.max(0, i - 2), i + 1).join(' ')],
  );
}

/** The words of the relation itself, never a parameter it is about ("excluded from the key" says nothing of a `from`). */
const GRAMMAR =
  /^(?:from|of|in|into|on|to|by|for|with|without|the|a|an|is|are|be|been|not|never|no|key|keys|cache|cached|part|it|this|that|and|or|so|only|used|use|also)$/i;
