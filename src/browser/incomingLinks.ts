// Where a command link goes, whatever brought it (the address, a launch, another window): to this
// window's phone when it holds the registration, else to the window that does. Never two phones.

import type { Delivery, PhoneWindow } from '../store/phoneStore';
import type { LinkChannel, LinkReply } from './linkChannel';
import type { WindowLeader } from './windowLeader';

export type { Delivery, PhoneWindow };

export interface IncomingLinksOptions {
  leader: WindowLeader;
  channel: LinkChannel;
  /** Parses and carries out a link; called only while this window holds the phone. */
  run(link: string): Promise<LinkReply>;
  /** 'here': register the phone; otherwise unregister it and say where it is. */
  onPhoneWindow(where: PhoneWindow): void;
  onDelivery(delivery: Delivery): void;
}

export interface IncomingLinks {
  /** Decides the phone window; `link` is this window's own `?uri=` link, if it had one. */
  start(link?: string): Promise<void>;
  /** A link from any other source (a launch), to wherever the phone is. */
  receive(link: string): Promise<void>;
  /** "Use this window": takes the phone, then runs a link left unanswered, if any. */
  takeOver(): Promise<boolean>;
  /**
   * True for a window opened only to hand its link over (it found the phone elsewhere at
   * start): it does not queue for the phone, and may close itself once the link is done.
   */
  openedForLink(): boolean;
  /** The window is going away (pagehide): lets the phone go to a waiting window. */
  leave(): void;
}

export function createIncomingLinks(options: IncomingLinksOptions): IncomingLinks {
  const { leader, channel } = options;
  let stopServing: (() => void) | undefined;
  let forLink = false;
  let unanswered: string | undefined;

  leader.onChange((state) => {
    if (state === 'leader') {
      forLink = false;
      stopServing ??= channel.serveLinks(options.run);
      options.onPhoneWindow('here');
      return;
    }
    stopServing?.();
    stopServing = undefined;
    options.onPhoneWindow(state === 'follower' ? 'elsewhere' : 'deciding');
    // Found the phone elsewhere, or it was taken from here: get it when that window closes.
    if (state === 'follower' && !forLink) void leader.waitForLeadership();
  });

  async function runHere(link: string): Promise<void> {
    let reply: LinkReply;
    try {
      reply = await options.run(link);
    } catch (error) {
      console.error('a command link failed', error);
      reply = { ok: false, message: '' };
    }
    const message = typeof reply?.message === 'string' ? reply.message : '';
    options.onDelivery({ link, outcome: 'done', ok: reply?.ok === true, message, ranHere: true });
  }

  async function receive(link: string): Promise<void> {
    if (leader.state() === 'leader') return runHere(link);
    const sent = await channel.sendLink(link);
    if (sent.kind === 'done') {
      options.onDelivery({
        link,
        outcome: 'done',
        ok: sent.ok,
        message: sent.message,
        ranHere: false,
      });
      return;
    }
    if (sent.kind === 'no-result') return options.onDelivery({ link, outcome: 'no-result' });
    // No window serves links; the lock tells whether one still holds the phone.
    if (await leader.claim()) return runHere(link);
    unanswered = link;
    options.onDelivery({ link, outcome: 'unanswered' });
  }

  return {
    async start(link) {
      forLink = link !== undefined;
      const mine = await leader.claim();
      if (link === undefined) return;
      await (mine ? runHere(link) : receive(link));
    },
    receive,
    async takeOver() {
      const mine = await leader.takeOver();
      const pending = unanswered;
      unanswered = undefined;
      if (mine && pending !== undefined) await runHere(pending);
      return mine;
    },
    openedForLink: () => forLink,
    leave: () => leader.release(),
  };
}
