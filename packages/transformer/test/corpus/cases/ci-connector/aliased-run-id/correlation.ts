import { customAlphabet } from 'nanoid';

const alphabet = customAlphabet('0123456789abcdef', 12);

/** A short id to correlate our log lines with the CI provider's. */
export const newCorrelationId = (): string => `ci-${alphabet()}`;
