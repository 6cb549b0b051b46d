// Types for scripts/serve.mjs (plain ESM so that Node runs it without a build step).
export interface AppServer {
  url: string;
  port: number;
  stop(): Promise<void>;
}
export function startApp(options?: {
  root?: string;
  port?: number;
  /**
   * Served from memory ahead of root, by path such as `/config.json`. A function is asked for
   * the text at each request, which is answered when it settles.
   */
  files?: Record<string, string | (() => string | Promise<string>)>;
}): Promise<AppServer>;
/** The request's decoded path; undefined for a target that is none (`//x`, bad encoding). */
export function requestPath(target: string): string | undefined;
