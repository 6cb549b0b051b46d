// A CRM stand-in for Integra's end-to-end tests and benchmark: an HTTP server on 127.0.0.1 that
// records every request it receives (time, method, path, query, body) and answers with a page.
import { createServer } from 'node:http';
import { performance } from 'node:perf_hooks';

export interface CrmRequest {
  /** Epoch ms, comparable with the page's performance.timeOrigin + performance.now(). */
  at: number;
  method: string;
  path: string;
  query: URLSearchParams;
  body: string;
}

export interface CrmStandIn {
  /** Base URL, ending in '/'. */
  url: string;
  readonly requests: CrmRequest[];
  /** Resolves once `count` requests have arrived (all of them), or rejects after `timeout`. */
  waitFor(count: number, timeout?: number): Promise<CrmRequest[]>;
  stop(): Promise<void>;
}

const now = () => performance.timeOrigin + performance.now();

export async function startCrmStandIn(): Promise<CrmStandIn> {
  const requests: CrmRequest[] = [];
  const waiters = new Set<() => void>();
  const server = createServer((req, res) => {
    const at = now();
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      requests.push({
        at,
        method: req.method ?? '',
        path: url.pathname,
        query: url.searchParams,
        body: Buffer.concat(chunks).toString('utf8'),
      });
      for (const wake of waiters) wake();
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><title>CRM record</title><h1>CRM record</h1>');
    });
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    waitFor(count, timeout = 10_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (requests.length < count) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve(requests.slice());
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(
            new Error(`CRM stand-in: ${requests.length} of ${count} requests after ${timeout} ms`),
          );
        }, timeout);
        waiters.add(check);
        check();
      });
    },
    stop: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
