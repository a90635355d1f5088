// origin: shape of a queue worker started with `node worker.js --sandbox` against a payments sandbox (never a verbatim copy)
// category: queue-worker
// decorators: legacy
// expect: KP91046 USE_SANDBOX
// why: a command-line flag read at start-up chooses which payments environment the lookups go to, so the cached answers differ with it, and no annotation decides it (principle 2: the command line is outside input).
import { Worker, type Job } from 'bullmq';
import { memoize } from 'keyproof';

const USE_SANDBOX = process.argv.includes('--sandbox');
const PAYOUTS_API = 'https://api.payouts.example.com/v1';
const PAYOUTS_SANDBOX_API = 'https://sandbox.payouts.example.com/v1';

export interface BankDetails {
  iban: string;
  bic: string;
  bankName: string;
  supportsInstant: boolean;
}

class BankDirectory {
  /** IBAN validation is billed per call; the same beneficiaries are paid every month. */
  @memoize({ version: 'iban-v2', ttl: '30d', cost: 0.02 })
  async lookup(iban: string): Promise<BankDetails> {
    const base = USE_SANDBOX ? PAYOUTS_SANDBOX_API : PAYOUTS_API;
    const res = await fetch(`${base}/banks/iban/${encodeURIComponent(iban)}`, {
      headers: { Authorization: `Bearer ${process.env.PAYOUTS_API_KEY ?? ''}` },
    });
    if (!res.ok) throw new Error(`iban lookup failed: ${res.status}`);
    const body = (await res.json()) as { bic: string; bank_name: string; sct_inst: boolean };
    return { iban, bic: body.bic, bankName: body.bank_name, supportsInstant: body.sct_inst };
  }
}

const directory = new BankDirectory();

export const worker = new Worker<{ payoutId: string; iban: string }, boolean>(
  'payouts-validate',
  async (job: Job<{ payoutId: string; iban: string }, boolean>) => {
    const bank = await directory.lookup(job.data.iban);
    await job.log(`payout ${job.data.payoutId}: ${bank.bankName}`);
    return bank.supportsInstant;
  },
);
