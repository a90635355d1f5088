export class PassedCheck {
  readonly kind = 'passed' as const;
  constructor(public readonly sha: string, public readonly durationS: number) {}
}

export class FailedCheck {
  readonly kind = 'failed' as const;
  constructor(public readonly sha: string, public readonly failingJobs: string[]) {}

  headline(): string {
    return `${this.failingJobs.length} job(s) failed on ${this.sha.slice(0, 7)}`;
  }
}
