// Wires command links to the phone: the window's own `?uri=`, the installed app's launches and
// other windows' links all go to the one window that holds the phone (incomingLinks.ts), which
// alone registers. Also the manifest shortcuts' `?view=`.
import { type AppView, focusView, viewFromLocation } from '../browser/appView';
import type { CallStamps } from '../browser/callStamps';
import { createIncomingLinks, type Delivery, type PhoneWindow } from '../browser/incomingLinks';
import { consumeLaunches } from '../browser/launchQueue';
import { createLinkChannel } from '../browser/linkChannel';
import { linkFromLocation, stripLinkFromLocation } from '../browser/locationLink';
import { createWindowLeader } from '../browser/windowLeader';
import type { Translate } from '../i18n';
import type { Phone } from '../phone/phone';
import { closeInterruptedCalls, recentHistory } from '../storage/history';
import type { HistoryWriter } from '../storage/historyWriter';
import { HISTORY_IN_VIEW, usePhoneStore } from '../store/phoneStore';
import { showScreen } from '../store/screenStore';
import type { PhoneActions } from '../ui/PhoneActions';

/** Long enough to read "Sent to the phone window. Calling 101." before the window goes. */
const CLOSE_AFTER_MS = 2500;

export interface AppLinks {
  /** "Use this window". */
  takeOver(): Promise<boolean>;
  /** A link from outside the page (the bridge), to wherever the phone is. */
  receive(link: string): void;
  /**
   * Once the app's actions exist: runs this window's link with them, and the launches' links.
   * Where the phone runs is decided from prepareLinks on, beside the stored reads.
   */
  start(actions: PhoneActions): void;
}

/** What the links need of the app's services beyond the phone. */
export interface LinkEdges {
  t: Translate;
  stamps: CallStamps;
  /** The app's history writer: its own writes land before live entries are closed. */
  history: Pick<HistoryWriter, 'settled'>;
  /**
   * True once the stored settings (the account) and Do not disturb are on the phone, false if
   * they could not be read: this window may win the phone before they are, and registers after.
   */
  loaded: Promise<boolean>;
}

/**
 * This window takes the phone: it registers as soon as the stored account is read. Calls still
 * live in history belonged to a window that is gone (the lock says no other holds the phone):
 * they are closed beside the registration, at the moment that window was last seen with them.
 * A call that rings here meanwhile is the phone's own and stays live.
 */
async function takePhone(phone: Phone, { stamps, history, loaded }: LinkEdges): Promise<void> {
  // Storage that cannot be read fails the start, which says so (main.tsx): nothing to register.
  if (!(await loaded)) return;
  const { account, phoneWindow } = usePhoneStore.getState();
  if (account && phoneWindow === 'here') phone.register(account);
  try {
    // A state this window queued before it last let the phone go (the pagehide beat) must not
    // land after the close and mark the call live again.
    await history.settled();
    const own = (callId: string) => phone.liveCalls().some((call) => call.facts.callId === callId);
    const closed = await closeInterruptedCalls(stamps.read(), own);
    stamps.clear(own);
    // The history on screen was read at start: read it again only if entries changed.
    if (closed > 0) usePhoneStore.setState({ history: await recentHistory(HISTORY_IN_VIEW) });
  } catch (error) {
    // The phone must work even when the history cannot be read or written.
    console.error('calls cut off earlier could not be closed in history', error);
  }
}

function placePhone(phone: Phone, edges: LinkEdges, where: PhoneWindow): void {
  usePhoneStore.setState({ phoneWindow: where });
  if (where === 'here') {
    void takePhone(phone, edges);
  } else {
    // Another window has it, or this one is going away: calls must not reach a dead socket.
    phone.unregister();
  }
}

function showDelivery(delivery: Delivery, openedForLink: boolean): void {
  // Run here: the calls on screen or the notice already say what happened.
  if (delivery.outcome === 'done' && delivery.ranHere) return;
  const closing = openedForLink && delivery.outcome === 'done' && delivery.ok;
  const after = closing ? 'closing' : openedForLink ? 'may-close' : 'stays';
  usePhoneStore.setState({ delivery: { ...delivery, after } });
  if (!closing) return;
  setTimeout(() => {
    // Only windows a script opened may close themselves; any other one says it may be closed.
    window.close();
    setTimeout(() => {
      const shown = usePhoneStore.getState().delivery;
      if (shown) usePhoneStore.setState({ delivery: { ...shown, after: 'may-close' } });
    }, 500);
  }, CLOSE_AFTER_MS);
}

export function prepareLinks(phone: Phone, edges: LinkEdges): AppLinks {
  const { t } = edges;
  const ownLink = linkFromLocation(window.location.href);
  if (ownLink !== undefined) stripLinkFromLocation();
  const view = viewFromLocation(window.location.href);
  let giveActions: (actions: PhoneActions) => void = () => undefined;
  const actionsGiven = new Promise<PhoneActions>((resolve) => {
    giveActions = resolve;
  });
  const leader = createWindowLeader();
  // Whether a window waits to take the phone is looked up when a call starts ringing here, as
  // pagehide cannot wait for the answer (see leave below).
  phone.events.on((event) => {
    if (event.type === 'call' && event.call.status === 'incoming') leader.lookForWaiting();
  });
  const links = createIncomingLinks({
    leader,
    channel: createLinkChannel(),
    run: async (link) => {
      const actions = await actionsGiven;
      // The link parser and runner load with the first link: most starts have none.
      const { runLink } = await import('./runCommand');
      return runLink(link, {
        actions,
        liveCalls: () => phone.liveCalls(),
        t,
        pageIsSecure: window.location.protocol === 'https:',
      });
    },
    onPhoneWindow: (where) => placePhone(phone, edges, where),
    onDelivery: (delivery) => showDelivery(delivery, links.openedForLink()),
  });
  const showView = (asked: AppView) => {
    // Both views are on the home screen.
    if (usePhoneStore.getState().account) showScreen('home');
    focusView(asked);
  };
  const focus = (href: string) => {
    const asked = viewFromLocation(href);
    if (asked) showView(asked);
  };
  // The phone's window is decided now: the window that wins it registers as soon as the stored
  // account is read, not after the first screen.
  void links.start(ownLink);
  return {
    takeOver: () => links.takeOver(),
    receive: (link) => void links.receive(link),
    start(actions) {
      giveActions(actions);
      consumeLaunches((link) => void links.receive(link), {
        alreadyRead: ownLink,
        onOtherLaunch: focus,
      });
      // The phone goes to a waiting window when this one goes away, and comes back with it. A
      // call ringing here rings on there: it is left unanswered, and the PBX offers it to that
      // window's registration.
      window.addEventListener('pagehide', () => {
        if (leader.state() === 'leader') phone.unregister({ handOver: leader.othersWaiting() });
        links.leave();
      });
      window.addEventListener('pageshow', (event) => {
        if (event.persisted) void links.start();
      });
      if (view) showView(view);
    },
  };
}
