import { spawn, type ChildProcess } from 'node:child_process';

interface Response {
  readonly type: 'response' | 'event';
  readonly request_seq?: number;
  readonly success?: boolean;
  readonly message?: string;
  readonly body?: unknown;
}

/**
 * tsserver as an editor runs it: a child process, requests as JSON lines on stdin, responses
 * Content-Length framed on stdout, matched to requests by `request_seq`.
 */
export class TsServer {
  private readonly child: ChildProcess;
  private buffer = Buffer.alloc(0);
  private seq = 1;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  stderr = '';

  constructor(tsserverJs: string, args: readonly string[], cwd: string) {
    this.child = spawn(process.execPath, [tsserverJs, '--disableAutomaticTypingAcquisition', ...args], {
      cwd,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    this.child.stdout!.on('data', (chunk: Buffer) => this.receive(chunk));
    this.child.stderr!.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.child.on('exit', (code) => {
      for (const p of this.pending.values()) p.reject(new Error(`tsserver exited (${code}): ${this.stderr}`));
      this.pending.clear();
    });
  }

  request<T>(command: string, args: unknown): Promise<T> {
    const seq = this.seq++;
    this.child.stdin!.write(`${JSON.stringify({ seq, type: 'request', command, arguments: args })}\n`);
    return new Promise<T>((resolve, reject) =>
      this.pending.set(seq, { resolve: resolve as (v: unknown) => void, reject }),
    );
  }

  /** A request tsserver answers with no response (`open`, `updateOpen` is answered): sent, then a round trip to be sure it was handled. */
  async send(command: string, args: unknown): Promise<void> {
    this.child.stdin!.write(`${JSON.stringify({ seq: this.seq++, type: 'request', command, arguments: args })}\n`);
    await this.request('status', {});
  }

  close(): Promise<number | null> {
    return new Promise((resolve) => {
      this.child.on('exit', (code) => resolve(code));
      this.child.stdin!.write(`${JSON.stringify({ seq: this.seq++, type: 'request', command: 'exit' })}\n`);
    });
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString())?.[1]);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const message = JSON.parse(
        this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8'),
      ) as Response;
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      if (message.type !== 'response' || message.request_seq === undefined) continue;
      const waiter = this.pending.get(message.request_seq);
      this.pending.delete(message.request_seq);
      if (message.success === false) waiter?.reject(new Error(message.message));
      else waiter?.resolve(message.body);
    }
  }
}
