// Work that can wait for the phone to be up: code to fetch and compile, storage to read. Run at
// start, it would take the processor from the first registration, which a user waits for.
import { type PhoneState, usePhoneStore } from '../store/phoneStore';

/** The longest the work waits, however slow the registration (a PBX that does not answer). */
export const AFTER_START_MAX_MS = 3000;

/** Nothing more to wait for: registered, failed, or this window does not register. */
function started(state: PhoneState): boolean {
  if (!state.account || state.phoneWindow === 'elsewhere') return true;
  return state.registration.state === 'registered' || state.registration.state === 'failed';
}

/** Runs `work` once the first registration has settled, or after AFTER_START_MAX_MS. */
export function afterStart(work: () => void, maxMs = AFTER_START_MAX_MS): void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    clearTimeout(timer);
    unsubscribe();
    work();
  };
  const timer = setTimeout(run, maxMs);
  const unsubscribe = usePhoneStore.subscribe((state) => {
    if (started(state)) run();
  });
  if (started(usePhoneStore.getState())) run();
}
