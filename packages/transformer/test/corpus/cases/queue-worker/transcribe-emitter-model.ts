// origin: shape of a BullMQ transcription worker whose model is switched at runtime by a feature-flag emitter (never a verbatim copy)
// category: queue-worker
// decorators: legacy
// expect: KP91040 activeModel
// why: the plain-data field `activeModel` is rewritten by a flag-change event and sent as the upstream model, with no @cacheKey/@notKey decision, so transcripts from two models would share entries (principle 2).
import { EventEmitter } from 'node:events';
import { Worker, type Job } from 'bullmq';
import { memoize } from 'keyproof';

export interface FlagEvents {
  on(event: 'change', listener: (flag: string, value: string) => void): unknown;
}

export interface Transcript {
  language: string;
  segments: { startMs: number; endMs: number; text: string }[];
}

interface SpeechApi {
  transcribe(body: { audioUrl: string; model: string; language?: string }): Promise<Transcript>;
}

export class TranscriptionService {
  private activeModel = 'whisper-large-v3';
  private readonly changes = new EventEmitter();

  constructor(private readonly speech: SpeechApi, flags: FlagEvents) {
    flags.on('change', (flag, value) => {
      if (flag !== 'transcription.model') return;
      this.activeModel = value;
      this.changes.emit('model', value);
    });
  }

  @memoize({ version: 'transcribe-v1', ttl: '60d', cost: 0.06 })
  async transcribe(audioUrl: string, language?: string): Promise<Transcript> {
    return this.speech.transcribe({ audioUrl, model: this.activeModel, language });
  }
}

export function startTranscriptionWorker(service: TranscriptionService) {
  return new Worker<{ audioUrl: string; language?: string }, Transcript>('transcribe', async (job: Job<{ audioUrl: string; language?: string }, Transcript>) => {
    const t = await service.transcribe(job.data.audioUrl, job.data.language);
    await job.log(`${t.segments.length} segments`);
    return t;
  }, { concurrency: 4 });
}
