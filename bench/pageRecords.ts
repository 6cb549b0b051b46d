// Page expressions the long-running benchmarks read a phone's page with, as strings, so that no
// transpiler helper leaks into the page.

/** The page's peer connections not yet closed (the harness records every one). */
export const openConnections = `window.__peerConnections.filter((pc) => pc.connectionState !== 'closed').length`;

/** No call buttons and no open peer connection. */
export const idle = `![...document.querySelectorAll('button')].some((b) =>
  /^(Hang up|Answer)$/.test((b.textContent || '').trim())) && ${openConnections} === 0`;

/**
 * Drops what the harness recorded that the app no longer holds (closed peer connections, media
 * elements without a stream, INVITE times), so that the records do not count as app growth.
 */
export const dropClosedRecords = `(() => {
  const pcs = window.__peerConnections;
  pcs.splice(0, pcs.length, ...pcs.filter((pc) => pc.connectionState !== 'closed'));
  for (const el of [...window.__mediaPlayers]) if (!el.srcObject) window.__mediaPlayers.delete(el);
  window.__receivedInvites.splice(0);
  window.__sentInvites?.splice(0);
  window.__sentInviteTimes?.splice(0);
  window.__socketOpens?.splice(0);
  return pcs.length;
})()`;

/** What `registrationRecorder` counts, read with `registrations`. */
export interface RegistrationCounts {
  sent: number;
  ok: number;
  /** 401 and 407: the PBX asking for credentials. */
  challenged: number;
  /** Final failures by status (408, 5xx, ...). */
  failed: Record<string, number>;
  /** The longest time between two successful REGISTER responses, ms. */
  longestGapMs: number;
  socketsOpened: number;
  socketsClosed: number;
}

/**
 * An init script counting REGISTERs sent and their final responses, in fixed-size counters (a
 * record that grew with the day would count as the app's growth), and keeping the first lines
 * of the last 20 SIP messages each way (`frameTail` reads them) for a failed call's report.
 */
export const registrationRecorder = `(() => {
  const now = () => performance.timeOrigin + performance.now();
  const reg = { sent: 0, ok: 0, challenged: 0, failed: {}, longestGapMs: 0, lastOk: 0,
    socketsOpened: 0, socketsClosed: 0 };
  Object.defineProperty(window, '__registrations', { value: reg });
  const tail = [];
  Object.defineProperty(window, '__frameTail', { value: tail });
  const note = (dir, data) => {
    if (typeof data !== 'string') return;
    const cseq = /\\r\\nCSeq:\\s*([^\\r]*)/i.exec(data);
    tail.push(new Date().toISOString().slice(11, 23) + ' ' + dir + ' ' +
      data.slice(0, Math.max(0, data.indexOf('\\r\\n'))).slice(0, 80) + ' (' + (cseq ? cseq[1] : '') + ')');
    if (tail.length > 20) tail.shift();
  };
  const Base = window.WebSocket;
  class RegistrationSocket extends Base {
    constructor(...args) {
      super(...args);
      this.addEventListener('open', () => { reg.socketsOpened += 1; note('==', 'socket open\\r\\n'); });
      this.addEventListener('close', (e) => {
        reg.socketsClosed += 1;
        note('==', 'socket closed ' + e.code + ' ' + e.reason + '\\r\\n');
      });
      this.addEventListener('message', (e) => {
        note('<-', e.data);
        if (typeof e.data !== 'string' || !e.data.startsWith('SIP/2.0 ')) return;
        const cseq = /\\r\\nCSeq:\\s*\\d+\\s+(\\w+)/i.exec(e.data);
        if (!cseq || cseq[1].toUpperCase() !== 'REGISTER') return;
        const status = Number(e.data.slice(8, 11));
        if (status < 200) return;
        if (status < 300) {
          const t = now();
          if (reg.lastOk) reg.longestGapMs = Math.max(reg.longestGapMs, t - reg.lastOk);
          reg.lastOk = t;
          reg.ok += 1;
        } else if (status === 401 || status === 407) reg.challenged += 1;
        else reg.failed[status] = (reg.failed[status] || 0) + 1;
      });
    }
    send(data) {
      note('->', data);
      if (typeof data === 'string' && data.startsWith('REGISTER ')) reg.sent += 1;
      return super.send(data);
    }
  }
  window.WebSocket = RegistrationSocket;
})();`;

export const frameTail = `window.__frameTail.join('\\n')`;

export const registrations = `(() => {
  const { lastOk, ...counts } = window.__registrations;
  return counts;
})()`;

/** Bytes of IndexedDB the origin uses (Chromium's usageDetails; all storage elsewhere). */
export const indexedDbBytes = `navigator.storage.estimate().then((e) =>
  (e.usageDetails && e.usageDetails.indexedDB) ?? e.usage ?? 0)`;
