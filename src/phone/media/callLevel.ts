// The far end's loudness on a live call, for a level meter. The cheapest accurate source first:
// the receiver's synchronization sources carry the level the sender put in each packet's header
// (RFC 6464), read at once with no statistics call; without that extension, the inbound-rtp
// audioLevel of getStats(), asked at most once at a time.

export interface LevelSource {
  /** The latest level, 0–1; undefined until one is known. */
  read(): number | undefined;
}

type Receivers = Pick<RTCPeerConnection, 'getReceivers' | 'getStats'>;

const finiteLevel = (value: unknown) =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0
    ? Math.min(1, value)
    : undefined;

export function remoteLevel(connection: Receivers): LevelSource {
  let last: number | undefined;
  let asking = false;
  const fromHeaders = (): number | undefined => {
    for (const receiver of connection.getReceivers()) {
      if (receiver.track.kind !== 'audio') continue;
      const sources = receiver.getSynchronizationSources?.() ?? [];
      const level = finiteLevel(sources[0]?.audioLevel);
      if (level !== undefined) return level;
    }
    return undefined;
  };
  const fromStats = () => {
    if (asking) return;
    asking = true;
    connection
      .getStats()
      .then((report) => {
        for (const record of report.values() as Iterable<Record<string, unknown>>) {
          if (record.type === 'inbound-rtp' && record.kind === 'audio') {
            last = finiteLevel(record.audioLevel) ?? last;
          }
        }
      })
      .catch(() => {})
      .finally(() => {
        asking = false;
      });
  };
  return {
    read() {
      const level = fromHeaders();
      if (level !== undefined) {
        last = level;
        return level;
      }
      fromStats();
      return last;
    },
  };
}
