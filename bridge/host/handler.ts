// What the host answers each checked request. The work itself (running, reading the selection)
// is handed in, so the protocol's side is tested without starting programs.
import type { FromHost, HostRequest, RunRequest, RunResult } from '../protocol/messages';
import type { Handler } from './nativeMessaging';
import type { Selection } from './selection';
import { HOST_VERSION } from './version';

export interface Work {
  run: (request: RunRequest) => Promise<RunResult>;
  selection: () => Promise<Selection>;
}

/** Commands running at once for one browser; past it a run is refused, not queued without end. */
export const MAX_RUNNING = 8;

export function makeHandler(work: Work): Handler {
  let running = 0;
  return async (request: HostRequest): Promise<FromHost> => {
    switch (request.type) {
      case 'hello':
        return { v: 1, id: request.id, type: 'hello', version: HOST_VERSION };
      case 'selection': {
        const { text, detail } = await work.selection();
        return { v: 1, id: request.id, type: 'selection', text, detail: detail.slice(0, 200) };
      }
      case 'run': {
        if (running >= MAX_RUNNING) {
          const detail = `${MAX_RUNNING} commands are running already`;
          return {
            v: 1,
            id: request.id,
            type: 'ran',
            result: { ok: false, error: 'refused', detail },
          };
        }
        running++;
        try {
          return { v: 1, id: request.id, type: 'ran', result: await work.run(request) };
        } finally {
          running--;
        }
      }
    }
  };
}
