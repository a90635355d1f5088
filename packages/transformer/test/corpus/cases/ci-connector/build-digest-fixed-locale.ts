// origin: shape of a CI digest connector that formats run dates for a Slack summary (never a verbatim copy)
// category: ci-connector
// decorators: tc39
// expect: clean
// why: the module formatter is built from literals only (locale 'en-GB', time zone 'UTC'), so the labels do not depend on the machine; run.created_at is upstream data, not the clock (principles 3 and 4).
import { Octokit } from '@octokit/rest';
import { memoize } from 'keyproof';

// "Mon 7 Dec, 14:02" labels for the channel digest; the channel is read across offices, so UTC
const dateLabel = new Intl.DateTimeFormat('en-GB', {
  weekday: 'short',
  month: 'short',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'UTC',
});

export interface DigestLine {
  text: string;
  ok: boolean;
}

export class WeeklyBuildDigest {
  constructor(private readonly octokit: Octokit) {}

  @memoize({ version: 'weekly-digest-v1', ttl: '1h', cost: 0.0001 })
  async week(owner: string, repo: string, fromDay: string, toDay: string): Promise<DigestLine[]> {
    const { data } = await this.octokit.rest.actions.listWorkflowRunsForRepo({ owner, repo, created: `${fromDay}..${toDay}`, per_page: 100 });
    return data.workflow_runs
      .filter((run) => run.status === 'completed')
      .map((run) => ({
        ok: run.conclusion === 'success',
        text: `${dateLabel.format(new Date(run.created_at))} UTC · ${run.name ?? 'workflow'} · ${run.conclusion}`,
      }));
  }
}
