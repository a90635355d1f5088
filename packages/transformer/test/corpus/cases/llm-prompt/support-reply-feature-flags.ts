// origin: shape of a support-reply drafter whose prompt is tuned by env-driven feature flags loaded at start-up (never a verbatim copy)
// category: llm-prompt
// decorators: legacy
// expect: KP91046|KP91044 flags
// why: the flags object is read from the environment once at load and changes the system prompt, so replies depend on it; it is neither a parameter nor stated in the key (principle 2: env-driven flags that change a prompt).
import { Injectable } from '@nestjs/common';
import Anthropic from '@anthropic-ai/sdk';
import { memoize, notKey } from 'keyproof';

interface PromptFlags {
  conciseReplies: boolean;
  offerRefundLink: boolean;
  signature: string;
}

function readFlags(source: NodeJS.ProcessEnv): PromptFlags {
  const on = (name: string) => source[name] === '1' || source[name]?.toLowerCase() === 'true';
  return {
    conciseReplies: on('FF_CONCISE_REPLIES'),
    offerRefundLink: on('FF_REFUND_LINK'),
    signature: source.SUPPORT_SIGNATURE ?? 'The Support Team',
  };
}

// Read once; flags flip with a redeploy.
export const flags = readFlags(process.env);

@Injectable()
export class ReplyDrafter {
  constructor(private readonly anthropic: Anthropic) {}

  private systemPrompt(): string {
    const rules = ['Be warm and specific.', `Sign off as "${flags.signature}".`];
    if (flags.conciseReplies) rules.push('Keep the reply under 80 words.');
    if (flags.offerRefundLink) rules.push('If the customer mentions a refund, include the link https://example.com/refunds.');
    return rules.join('\n');
  }

  @memoize({ version: 'reply-v7', ttl: '3d', cost: 0.004 })
  async draft(customerMessage: string, productName: string, @notKey('for the audit trail only') agentId: string): Promise<string> {
    const message = await this.anthropic.messages.create({
      model: 'claude-3-5-sonnet-20241022',
      max_tokens: 600,
      system: this.systemPrompt(),
      messages: [{ role: 'user', content: `Product: ${productName}\n\n${customerMessage}` }],
    });
    console.log(`reply drafted for agent ${agentId}`);
    return message.content.map((b) => b.text).join('');
  }
}
