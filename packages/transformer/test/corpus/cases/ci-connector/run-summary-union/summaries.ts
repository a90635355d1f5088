export class CompletedRun {
  constructor(public id: number, public sha: string, public conclusion: string, public finishedAt: Date) {}
  get passed(): boolean {
    return this.conclusion === 'success';
  }
}

export class PendingRun {
  constructor(public id: number, public sha: string, public status: string) {}
}
