import type { ChatMessage } from './prompt';

export interface AssistEndpoint {
  endpoint: string;
  model: string;
  apiKey: string | null;
}

export type AssistFailure = 'timeout' | 'unreachable' | 'http' | 'format';

/** A failed call, with the kind of failure the researcher is told about and a short detail for the log. */
export class AssistError extends Error {
  constructor(
    readonly kind: AssistFailure,
    readonly detail: string,
  ) {
    super(`${kind}: ${detail}`);
  }
}

/**
 * Sends one chat-completions request (OpenAI-compatible: POST {model, messages}) with Node's fetch and
 * returns the first choice's content. The only network code of the assist; everything else is pure.
 */
export async function chatCompletion(
  target: AssistEndpoint,
  messages: ChatMessage[],
  opts: { timeoutMs: number },
): Promise<string> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (target.apiKey) headers.authorization = `Bearer ${target.apiKey}`;
  let res: Response;
  try {
    res = await fetch(target.endpoint, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        model: target.model,
        messages,
        temperature: 0,
        response_format: { type: 'json_object' },
      }),
      signal: AbortSignal.timeout(opts.timeoutMs),
    });
  } catch (e) {
    const name = e instanceof Error ? e.name : '';
    if (name === 'TimeoutError' || name === 'AbortError')
      throw new AssistError('timeout', `${opts.timeoutMs} ms`);
    throw new AssistError(
      'unreachable',
      e instanceof Error ? ((e.cause as Error)?.message ?? e.message) : String(e),
    );
  }
  if (!res.ok) throw new AssistError('http', `HTTP ${res.status}`);
  let body: unknown;
  try {
    body = await res.json();
  } catch (e) {
    const name = e instanceof Error ? e.name : '';
    if (name === 'TimeoutError' || name === 'AbortError')
      throw new AssistError('timeout', `${opts.timeoutMs} ms`);
    throw new AssistError('format', 'response is not JSON');
  }
  const content = (body as { choices?: { message?: { content?: unknown } }[] })?.choices?.[0]?.message
    ?.content;
  if (typeof content !== 'string') throw new AssistError('format', 'no choices[0].message.content');
  return content;
}
