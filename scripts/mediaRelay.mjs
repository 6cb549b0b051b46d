// rtpengine as the local PBX's media relay (`startPbx({ mediaRelay: true })`): it bridges a
// phone without WebRTC (plain RTP/AVP, no ICE, no DTLS) and a browser (ICE, DTLS-SRTP,
// rtcp-mux), on 127.0.0.1 only, in userspace (no kernel module). Kamailio drives it over the
// NG control protocol (bencode over UDP); this file starts it and waits for its `pong`.
import { createSocket } from 'node:dgram';
import { existsSync } from 'node:fs';
import { spawnOwned, stopOwned } from './ownedProcess.mjs';
import { freeUdpPort } from './udpPort.mjs';

const BIN = '/usr/bin/rtpengine';

/** @typedef {{ socket: string, stop: () => Promise<void> }} MediaRelay */

function mediaRelayInstalled() {
  return existsSync(BIN);
}

/**
 * True once rtpengine answers an NG `ping` with `pong`.
 * @param {number} port
 * @returns {Promise<boolean>}
 */
function answersPing(port) {
  return new Promise((resolve) => {
    const socket = createSocket('udp4');
    const finish = (/** @type {boolean} */ ok) => {
      clearTimeout(timer);
      socket.close();
      resolve(ok);
    };
    const timer = setTimeout(() => finish(false), 300);
    socket.on('message', (message) => finish(message.toString('latin1').includes('pong')));
    socket.on('error', () => finish(false));
    socket.send('ready d7:command4:pinge', port, '127.0.0.1');
  });
}

/**
 * @param {{ debug?: boolean, readyTimeoutMs?: number }} [options]
 * @returns {Promise<MediaRelay>}
 */
export async function startMediaRelay({ debug = false, readyTimeoutMs = 10000 } = {}) {
  if (!mediaRelayInstalled()) {
    throw new Error('rtpengine is not installed (Debian: apt-get install rtpengine-daemon)');
  }
  const port = await freeUdpPort();
  const args = [
    // Not /etc/rtpengine/rtpengine.conf, which a system install may have set for its own use.
    '--config-file=none',
    '--foreground',
    '--log-stderr',
    `--log-level=${debug ? 7 : 3}`,
    // Userspace forwarding only: no kernel module, no iptables.
    '--table=-1',
    '--interface=127.0.0.1',
    `--listen-ng=127.0.0.1:${port}`,
    // rtpengine skips ports in use, so several instances share the range.
    '--port-min=40000',
    '--port-max=49999',
  ];
  const owned = spawnOwned(BIN, args, { echo: debug });
  const deadline = Date.now() + readyTimeoutMs;
  while (!owned.done() && Date.now() < deadline) {
    if (await answersPing(port)) {
      return { socket: `udp:127.0.0.1:${port}`, stop: () => stopOwned(owned) };
    }
  }
  await stopOwned(owned);
  throw new Error(`rtpengine did not start:\n${owned.stderr().trim()}`);
}
