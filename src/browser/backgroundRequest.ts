// fetch for Integra's background requests: fire and report, never wait on the call's path.

export type RequestOutcome =
  | { ok: true; status?: number }
  | { ok: false; error: 'timeout' | 'network' };

const TIMEOUT_MS = 10_000;

/**
 * GET when body is undefined, else POST with the JSON body. A CRM on another origin usually sends
 * no CORS headers, so cross-origin requests go in no-cors mode: they are delivered, but the
 * response is opaque (no status). That also means the POST body must be sent as text/plain, the
 * only safelisted type that can carry JSON without a preflight the CRM would refuse.
 */
export async function sendBackgroundRequest(url: string, body?: string): Promise<RequestOutcome> {
  const sameOrigin = new URL(url).origin === window.location.origin;
  try {
    const response = await fetch(url, {
      method: body === undefined ? 'GET' : 'POST',
      mode: sameOrigin ? 'same-origin' : 'no-cors',
      credentials: 'omit',
      cache: 'no-store',
      // A CALL_CLOSE sent while the window closes still goes out.
      keepalive: true,
      headers: body === undefined ? undefined : { 'Content-Type': 'text/plain;charset=UTF-8' },
      body,
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    return response.type === 'opaque' ? { ok: true } : { ok: true, status: response.status };
  } catch (error) {
    return {
      ok: false,
      error: error instanceof DOMException && error.name === 'TimeoutError' ? 'timeout' : 'network',
    };
  }
}
