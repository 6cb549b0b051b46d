// What each call's audio sender carries. A held call's sender carries nothing (heldMedia.ts) and
// a merged call's carries the conference mix (conferenceMix.ts); both change it through here, so
// neither puts back a track the other replaced meanwhile, nor reads one half swapped.

/** The track a sender carries once it is no longer held, or once its pending swap lands. */
const wanted = new WeakMap<RTCRtpSender, MediaStreamTrack>();
const parked = new WeakSet<RTCRtpSender>();

type Sender = Pick<RTCRtpSender, 'track' | 'replaceTrack'>;

/** The track the sender carries, or will carry after a hold or a swap in progress. */
export function carriedTrack(sender: Sender): MediaStreamTrack | null {
  return wanted.get(sender as RTCRtpSender) ?? sender.track;
}

/** Sends nothing until unpark(); keeps what the sender carried. */
export function park(sender: Sender): void {
  const track = carriedTrack(sender);
  if (!track || parked.has(sender as RTCRtpSender)) return;
  wanted.set(sender as RTCRtpSender, track);
  parked.add(sender as RTCRtpSender);
  sender.replaceTrack(null).catch(() => {});
}

/** Puts back what the sender carried before park(); the track, or undefined if it was not parked. */
export function unpark(sender: Sender): MediaStreamTrack | undefined {
  const key = sender as RTCRtpSender;
  if (!parked.delete(key)) return undefined;
  const track = wanted.get(key);
  if (track) send(sender, track).catch(() => {});
  return track;
}

/** The sender carries `track` from now on: at once, or when no longer held. */
export function carry(sender: Sender, track: MediaStreamTrack): Promise<void> {
  wanted.set(sender as RTCRtpSender, track);
  if (parked.has(sender as RTCRtpSender)) return Promise.resolve();
  return send(sender, track);
}

// Until the swap lands, `sender.track` still names the old track: `wanted` says the new one.
async function send(sender: Sender, track: MediaStreamTrack): Promise<void> {
  const key = sender as RTCRtpSender;
  try {
    await sender.replaceTrack(track);
  } finally {
    if (!parked.has(key) && wanted.get(key) === track) wanted.delete(key);
  }
}
