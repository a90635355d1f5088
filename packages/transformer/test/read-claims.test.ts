/**
 * Docstring claims that something is not in the key, read the way people write them. Sharing
 * is one such claim ("results are shared across tenants"): what the results are shared by is
 * left out of the key, and only that noun, not a qualifier after it.
 */
import { describe, expect, it } from 'vitest';
import { namesParameter, readClaims } from '../src/analyse/read-claims';

const names = (description: string, param: string): boolean =>
  readClaims({ description, tags: [] } as unknown as Parameters<typeof readClaims>[0]).some((c) =>
    c.subjects.some((s) => namesParameter(s, param)),
  );

describe('sharing claims', () => {
  it('"cached X are shared by every Y" says Y is not in the key', () => {
    expect(
      names(
        'Embeddings depend on the text alone, so cached vectors are shared by every workspace: the workspace is only used for the audit log line.',
        'workspaceId',
      ),
    ).toBe(true);
    expect(names('Results are shared across tenants.', 'tenantId')).toBe(true);
    expect(names('Answers are shared among all users.', 'userId')).toBe(true);
    expect(names('Classifications are shared by all users.', 'userId')).toBe(true);
  });

  it('a qualifier after the noun names nothing left out ("by every caller asking the same question")', () => {
    expect(names('Answers are shared by every caller asking the same question.', 'question')).toBe(false);
    expect(names('Results are shared by all requests for the same prompt.', 'prompt')).toBe(false);
    expect(names('Results are shared by all requests for the same prompt.', 'requestId')).toBe(true);
  });
});

describe('log-only claims', () => {
  it('"X only affects logging" says X is not in the key', () => {
    expect(names('`userId` only affects logging.', 'userId')).toBe(true);
    expect(names('The trace id is only used for tracing.', 'traceId')).toBe(true);
    expect(names('requestId is just for the audit log.', 'requestId')).toBe(true);
  });

  it('names only what only reaches the log', () => {
    expect(names('`userId` only affects logging.', 'text')).toBe(false);
    expect(names('Only the prompt and the model shape the answer.', 'prompt')).toBe(false);
  });
});
