// The part of BullMQ's API the cases use (declarations only, written for the corpus).
declare module 'bullmq' {
  export interface Job<D = unknown, R = unknown> {
    id?: string;
    name: string;
    data: D;
    attemptsMade: number;
    timestamp: number;
    updateProgress(progress: number | object): Promise<void>;
    log(row: string): Promise<number>;
    returnvalue?: R;
  }
  export type Processor<D = unknown, R = unknown> = (job: Job<D, R>, token?: string) => Promise<R>;
  export class Worker<D = unknown, R = unknown> {
    constructor(name: string, processor: Processor<D, R>, options?: { connection?: object; concurrency?: number });
    on(event: 'completed' | 'failed', listener: (job: Job<D, R>, err?: Error) => void): this;
  }
  export class Queue<D = unknown> {
    constructor(name: string, options?: { connection?: object });
    add(name: string, data: D, options?: { jobId?: string; delay?: number }): Promise<Job<D>>;
  }
}
