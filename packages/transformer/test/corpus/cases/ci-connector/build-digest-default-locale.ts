// origin: shape of a CI digest connector that formats run dates for a Slack summary (never a verbatim copy)
// category: ci-connector
// decorators: tc39
// expect: KP91044|KP91046 dateLabel
// why: the module formatter `dateLabel` is created without a locale or time zone, so the dates in the returned digest follow the machine's defaults, which differ between hosts and are not in the key (principle 4). Scored: KP91044, the code keyproof gives every per-process value that reaches the answer (the default locale or time zone, the host), so the expectation takes either code.
import { Octokit } from '@octokit/rest';
import { memoize } from 'keyproof';

// "Mon, Dec 7, 14:02" style labels for the channel digest
const dateLabel = new Intl.DateTimeFormat(undefined, { weekday: 'short', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });

export interface DigestLine {
  text: string;
  ok: boolean;
}

const ICONS: Record<string, string> = {
  success: ':white_check_mark:',
  failure: ':x:',
  cancelled: ':no_entry_sign:',
  timed_out: ':hourglass:',
};

function icon(conclusion: string | null): string {
  return (conclusion && ICONS[conclusion]) ?? ':hourglass_flowing_sand:';
}

export class BuildDigest {
  constructor(private readonly octokit: Octokit) {}

  @memoize({ version: 'digest-v2', ttl: '30m', cost: 0.0001 })
  async daily(owner: string, repo: string, day: string): Promise<DigestLine[]> {
    const { data } = await this.octokit.rest.actions.listWorkflowRunsForRepo({ owner, repo, created: day, per_page: 100 });
    return data.workflow_runs.map((run) => ({
      ok: run.conclusion === 'success',
      text: `${icon(run.conclusion)} ${dateLabel.format(new Date(run.created_at))} · ${run.name ?? 'workflow'} · ${run.conclusion ?? run.status ?? 'pending'}`,
    }));
  }
}
