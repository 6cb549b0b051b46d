// Touches: fetch, AbortController, the document's base URL.
// The administrator's config.json beside the app, read once at start. Most deployments have none:
// a 404 is the normal answer and says nothing. Never rejects.

export type ProvisioningFile =
  | { found: true; text: string }
  /**
   * `why` is for the log only: no file (404) is not a problem, an unreachable server may be.
   * `unreachable`: the server could not say (offline, no answer, a server error), so the file
   * used last time still holds; otherwise there is no file.
   */
  | { found: false; why?: string; unreachable?: true };

/** Long enough for a slow server, short enough that a hung one does not hold up the start. */
export const PROVISIONING_TIMEOUT_MS = 2000;

type Fetch = (url: URL, init: RequestInit) => Promise<Response>;

export async function fetchProvisioningFile(
  baseUrl: string,
  { fetch: get = fetch as Fetch, timeoutMs = PROVISIONING_TIMEOUT_MS } = {},
): Promise<ProvisioningFile> {
  const url = new URL('config.json', baseUrl);
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), timeoutMs);
  try {
    // Same origin only, even through a redirect; never from the HTTP cache, so that an
    // administrator's change reaches every user at their next start.
    const response = await get(url, {
      mode: 'same-origin',
      credentials: 'same-origin',
      cache: 'no-store',
      signal: abort.signal,
    });
    if (response.status === 404) return { found: false };
    if (response.status >= 500) {
      return { found: false, why: `HTTP ${response.status}`, unreachable: true };
    }
    if (!response.ok) return { found: false, why: `HTTP ${response.status}` };
    // Hosts set up for single-page apps answer every path with index.html: that is no file.
    if (/^text\/html\b/i.test(response.headers.get('content-type') ?? '')) {
      return { found: false, why: 'the server sent a web page, not a file' };
    }
    return { found: true, text: await response.text() };
  } catch (error) {
    return {
      found: false,
      why: abort.signal.aborted ? `no answer in ${timeoutMs} ms` : String(error),
      unreachable: true,
    };
  } finally {
    clearTimeout(timer);
  }
}
