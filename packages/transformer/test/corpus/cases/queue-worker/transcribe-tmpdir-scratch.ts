// origin: shape of a transcription worker that downloads audio to a scratch file before upload (never a verbatim copy)
// category: queue-worker
// decorators: tc39
// expect: clean
// why: os.tmpdir() and the random scratch name only locate a local temporary file; the bytes sent upstream and the transcript returned come from the audio URL, the key parameter (principle 3; the per-call name never reaches the key, principle 1).
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { Worker, type Job } from 'bullmq';
import { memoize } from 'keyproof';

interface SpeechApi {
  transcribe(audio: Uint8Array, options: { language: string }): Promise<{ text: string; segments: { start: number; end: number; text: string }[] }>;
}

export interface Transcript {
  text: string;
  segments: { start: number; end: number; text: string }[];
}

class Transcriber {
  constructor(private readonly speech: SpeechApi) {}

  /** Podcasts are re-queued whenever show notes change; the audio itself rarely does. */
  @memoize({ version: 'transcribe-v2', cost: 0.36 })
  async transcribe(audioUrl: string, language: string): Promise<Transcript> {
    const scratch = join(tmpdir(), `episode-${randomUUID()}.mp3`);
    try {
      const res = await fetch(audioUrl);
      await writeFile(scratch, new Uint8Array(await res.arrayBuffer()));
      const audio = await readFile(scratch);
      const out = await this.speech.transcribe(audio, { language });
      return { text: out.text, segments: out.segments.map((s) => ({ ...s })) };
    } finally {
      await rm(scratch, { force: true });
    }
  }
}

export function startWorker(speech: SpeechApi) {
  const transcriber = new Transcriber(speech);
  return new Worker<{ episodeId: string; audioUrl: string; language: string }, number>(
    'transcribe',
    async (job: Job<{ episodeId: string; audioUrl: string; language: string }, number>) => {
      const t = await transcriber.transcribe(job.data.audioUrl, job.data.language);
      return t.segments.length;
    },
  );
}
