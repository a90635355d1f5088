// Trace ids for outbound calls: short, URL-safe, unique per call.
import { customAlphabet } from 'nanoid';

export const nextTraceId = customAlphabet('0123456789abcdefghijklmnopqrstuvwxyz', 12);
