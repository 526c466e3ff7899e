import { UsageError } from './errors';

/** The staff API's methods the CLI uses. */
export type StaffMethod = 'GET' | 'POST';

/**
 * The staff API (shared/api/app.ts) as the CLI sees it, on whichever runtime serves it: the local
 * runtime's control port, or the deployed API behind API Gateway. One is chosen per run; the
 * commands never know which. A refusal is a UsageError with the API's one-line message.
 */
export interface StaffClient {
  call(method: StaffMethod, path: string, body?: unknown): Promise<unknown>;
}

/** A JSON body, or undefined when the body is not JSON (a proxy's HTML page, an empty 502). */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The one line a refusal is reported with: the `message` of an `{ error, message }` body, else the status. */
export function refusal(response: Response, json: unknown, text: string): string {
  if (json && typeof json === 'object' && 'message' in json) return String(json.message);
  const first = text.trim().split('\n')[0]?.trim();
  return first && first.length <= 200 && !first.startsWith('<') ? first : `${response.status} ${response.statusText}`.trim();
}

/**
 * Reads an answer of the staff API: its JSON when the request succeeded, else a UsageError in one
 * line (an `{ error, message }` body gives its message; the exit code is 2, as for any refusal).
 */
export async function readAnswer(response: Response, where: string): Promise<unknown> {
  const text = await response.text();
  const json = parseJson(text);
  if (!response.ok) throw new UsageError(refusal(response, json, text));
  if (json === undefined) throw new UsageError(`${where} answered ${response.status} without a JSON body`);
  return json;
}
