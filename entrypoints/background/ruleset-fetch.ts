// Downloads a published rule set: a conditional GET (ETag) with a timeout, and a body read that
// stops at the size limit, so a huge or stalled answer never reaches the parser. The failures
// are UpdateErrors whose Norwegian message the options page shows as the status.
import { formatBytes, LIMITS } from '../../rules/ruleset/accept.ts';
import { statusProblem, type Problem, type ProblemCode, type ProblemData } from '../../rules/ruleset/problems.ts';

export const FETCH_TIMEOUT_MS = 30_000;
/** A JWS is base64url (4/3 of the payload) plus a small header and signature. */
export const MAX_JWS_BYTES = Math.ceil((LIMITS.maxDocumentBytes * 4) / 3) + 4096;

/** A failed update whose message is shown to the user as it is. */
/** Why an update failed: `problem` is worded per language where it is shown; `message` in bokmål. */
export class UpdateError extends Error {
  readonly problem: Problem;
  constructor(code: ProblemCode, data?: ProblemData) {
    const problem = statusProblem(code, data);
    super(problem.message);
    this.problem = problem;
  }
}

/** The rule-set file at `url`, or notModified when the server answers our ETag with 304. */
export async function fetchRuleSetText(
  fetchFn: typeof fetch,
  url: string,
  etag: string | undefined,
  timeoutMs: number = FETCH_TIMEOUT_MS,
): Promise<{ notModified: true } | { notModified: false; text: string; etag?: string }> {
  const headers: Record<string, string> = {};
  if (etag) headers['If-None-Match'] = etag;
  let response: Response;
  try {
    // With our own ETag (the host exposes it via CORS), our If-None-Match decides and the
    // browser cache must stay out (no-store). Without one we send no custom header, so no CORS
    // preflight is needed, and let the browser's HTTP cache revalidate (no-cache); an
    // unchanged body is then recognised by comparing the text, still without parsing.
    response = await fetchFn(url, {
      headers,
      cache: etag ? 'no-store' : 'no-cache',
      credentials: 'omit',
      redirect: 'follow',
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    const name = (error as Error)?.name;
    if (name === 'TimeoutError' || name === 'AbortError') throw new UpdateError('fetch-timeout', { seconds: Math.round(timeoutMs / 1000) });
    throw new UpdateError('fetch-unreachable', { host: new URL(url).host });
  }
  if (response.status === 304) return { notModified: true };
  if (!response.ok) {
    if (response.status === 404) throw new UpdateError('fetch-not-found');
    if (response.status >= 500) throw new UpdateError('fetch-server-error', { status: response.status });
    throw new UpdateError('fetch-refused', { status: response.status });
  }
  const text = await readLimited(response, MAX_JWS_BYTES, timeoutMs);
  const result: { notModified: false; text: string; etag?: string } = { notModified: false, text };
  const newEtag = response.headers.get('ETag');
  if (newEtag) result.etag = newEtag;
  return result;
}

/** Reads a response body but stops at `maxBytes` (a 10 MB answer is never read, let alone parsed). */
export async function readLimited(response: Response, maxBytes: number, timeoutMs = FETCH_TIMEOUT_MS): Promise<string> {
  const tooBig = () => new UpdateError('fetch-too-big', { size: formatBytes(maxBytes) });
  const declared = Number(response.headers.get('Content-Length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => {});
    throw tooBig();
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  const deadline = Date.now() + timeoutMs;
  const timedOut = () => new UpdateError('fetch-body-timeout', { seconds: Math.round(timeoutMs / 1000) });
  for (;;) {
    if (Date.now() > deadline) {
      await reader.cancel().catch(() => {});
      throw timedOut();
    }
    let chunk: ReadableStreamReadResult<Uint8Array>;
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      // A server that sends the headers and then stalls: the fetch's timeout signal errors the
      // body stream (TimeoutError); the own timer covers a fetch that does not pass it on.
      chunk = await Promise.race([
        reader.read(),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new DOMException('body read timed out', 'TimeoutError')), Math.max(0, deadline - Date.now()));
        }),
      ]);
    } catch (error) {
      await reader.cancel().catch(() => {});
      const name = (error as Error)?.name;
      if (name === 'TimeoutError' || name === 'AbortError') throw timedOut();
      throw new UpdateError('fetch-interrupted');
    } finally {
      clearTimeout(timer);
    }
    const { done, value } = chunk;
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => {});
      throw tooBig();
    }
    chunks.push(value);
  }
  const all = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    all.set(chunk, offset);
    offset += chunk.byteLength;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(all);
  } catch {
    throw new UpdateError('fetch-not-text');
  }
}
