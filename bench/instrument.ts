// In-page instrumentation for the call setup benchmark, as plain strings: tsx would otherwise
// wrap serialised functions in helpers (__name) that do not exist in the page.

/** What one page recorded; every time is epoch ms (performance.timeOrigin + performance.now()). */
export interface PageRecord {
  frames: { t: number; dir: 'in' | 'out'; line: string; cseq: string }[];
  marks: { t: number; what: string }[];
}

/**
 * Wraps WebSocket (every SIP frame in and out, first line and CSeq, timestamped), getUserMedia
 * (start and end) and RTCPeerConnection (ICE gathering states), and offers helpers:
 * __bench.clickButton(name), __bench.idle(), __bench.take().
 */
export const instrumentScript = `(() => {
  const now = () => performance.timeOrigin + performance.now();
  const rec = { frames: [], marks: [] };
  const pcs = [];
  const mark = (what) => rec.marks.push({ t: now(), what });
  const note = (dir, data) => {
    if (typeof data !== 'string') return;
    const t = now();
    const end = data.indexOf('\\r\\n');
    const line = data.slice(0, end < 0 ? 200 : Math.min(end, 200));
    const m = /\\r\\nCSeq:\\s*([^\\r]*)/i.exec(data);
    rec.frames.push({ t, dir, line, cseq: m ? m[1].trim() : '' });
  };
  const OrigWS = window.WebSocket;
  class BenchWebSocket extends OrigWS {
    constructor(...args) {
      super(...args);
      this.addEventListener('message', (e) => note('in', e.data));
    }
    send(data) {
      note('out', data);
      return super.send(data);
    }
  }
  window.WebSocket = BenchWebSocket;
  const md = navigator.mediaDevices;
  if (md && md.getUserMedia) {
    const orig = md.getUserMedia.bind(md);
    md.getUserMedia = (c) => {
      mark('gum-start');
      return orig(c).then((s) => { mark('gum-end'); return s; });
    };
  }
  const OrigPC = window.RTCPeerConnection;
  if (OrigPC) {
    class BenchPC extends OrigPC {
      constructor(...args) {
        super(...args);
        pcs.push(this);
        mark('pc-new');
        let first = true;
        this.addEventListener('icecandidate', (e) => {
          if (e.candidate && first) { first = false; mark('ice-first'); }
        });
        this.addEventListener('icegatheringstatechange', () => mark('ice-' + this.iceGatheringState));
      }
    }
    window.RTCPeerConnection = BenchPC;
  }
  const buttonNamed = (name) => {
    for (const b of document.querySelectorAll('button')) {
      const label = (b.getAttribute('aria-label') || b.textContent || '').trim();
      if (label === name && !b.disabled) return b;
    }
    return null;
  };
  window.__bench = {
    now,
    mark,
    clickButton(name) {
      const b = buttonNamed(name);
      if (!b) return false;
      mark('click-' + name);
      b.click();
      return true;
    },
    hasButton: (name) => buttonNamed(name) !== null,
    idle() {
      const open = pcs.some((pc) => pc.signalingState !== 'closed');
      return !open && !buttonNamed('Hang up') && !buttonNamed('Answer') && !buttonNamed('Decline');
    },
    /** The caller sent the ACK for a 200 OK to its INVITE. */
    confirmed() {
      let ok = false;
      for (const f of rec.frames) {
        if (f.dir === 'in' && f.line.startsWith('SIP/2.0 200') && / INVITE$/.test(f.cseq)) ok = true;
        if (ok && f.dir === 'out' && f.line.startsWith('ACK ')) return true;
      }
      return false;
    },
    /** A final failure response to an INVITE (other than an auth challenge), or ''. */
    failed() {
      for (const f of rec.frames) {
        const m = /^SIP\\/2\\.0 ([3-6]\\d\\d)/.exec(f.line);
        if (f.dir === 'in' && m && / INVITE$/.test(f.cseq) && m[1] !== '401' && m[1] !== '407') return f.line;
      }
      return '';
    },
    take() {
      const out = { frames: rec.frames.splice(0), marks: rec.marks.splice(0) };
      return out;
    },
  };
})();`;

/** Clicks the app's "Answer" button as soon as it appears, once per button. */
export const autoAnswerScript = `(() => {
  const clicked = new WeakSet();
  const scan = () => {
    for (const b of document.querySelectorAll('button')) {
      if (clicked.has(b) || b.disabled) continue;
      if ((b.getAttribute('aria-label') || b.textContent || '').trim() !== 'Answer') continue;
      clicked.add(b);
      if (window.__bench) window.__bench.mark('click-Answer');
      b.click();
    }
  };
  const start = () => {
    new MutationObserver(scan).observe(document.documentElement, { childList: true, subtree: true });
    scan();
  };
  if (document.documentElement) start();
  else document.addEventListener('DOMContentLoaded', start);
})();`;
