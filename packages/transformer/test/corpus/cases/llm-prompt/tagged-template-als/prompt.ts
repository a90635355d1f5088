import { requestContext } from './context';

/** Tag for prompts: joins the parts and asks for an answer in the caller's language. */
export function localized(strings: TemplateStringsArray, ...values: unknown[]): string {
  const body = strings.map((s, i) => s + (i < values.length ? String(values[i]) : '')).join('');
  const locale = requestContext.getStore()?.locale ?? 'en';
  return `${body.trim()}\n\nAnswer in the language of locale "${locale}".`;
}
