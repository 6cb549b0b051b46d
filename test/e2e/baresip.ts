// Debian's baresip (1.0) as a far end that is not a browser: plain SIP over UDP to the test's
// Kamailio, controlled by its ctrl_tcp module (netstring JSON commands, events back on the same
// socket). It sends a sine tone and writes what it decodes to a WAV file (module sndfile), so a
// test counts the samples it heard. 'webrtc' media is what a browser speaks (ICE, DTLS-SRTP,
// Opus, rtcp-mux); 'plain' is a desk phone's RTP/AVP with PCMU, which needs a media relay.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { freePort, type Pbx } from '../../scripts/pbx.mjs';
import { hold, inboundAudioGrowth, resume } from './callPage';
import { account } from './harness';
import type { PhonePage } from './phonePage';

export type BaresipMedia = 'webrtc' | 'plain';

/** One ctrl_tcp event: CALL_INCOMING, CALL_ESTABLISHED, CALL_DTMF_START (param: the digit)… */
export interface BaresipEvent {
  type: string;
  param?: string;
  peeruri?: string;
}

export interface BaresipOptions {
  pbx: Pbx;
  user: string;
  media: BaresipMedia;
  /** stun:127.0.0.1:PORT, for 'webrtc': baresip's ICE gathers nothing without one. */
  stunUrl?: string;
}

export interface Baresip {
  user: string;
  /** Runs a command (dial, accept, hangup, hold, resume…); rejects when baresip refuses it. */
  command(name: string, params?: string): Promise<string>;
  events(): readonly BaresipEvent[];
  waitForEvent(type: string, timeout?: number, from?: number): Promise<BaresipEvent>;
  /** The samples decoded so far, over every call: all of them, and the loud ones (> 1000). */
  decoded(): Promise<{ samples: number; loud: number }>;
  /** What baresip printed, including its SIP trace (-s). */
  output(): string;
  stop(): Promise<void>;
}

const BIN = '/usr/bin/baresip';
const LOUD = 1000;

function config(dir: string, ctrlPort: number, media: BaresipMedia): string {
  const modules = ['g711', 'opus', 'ausine', 'sndfile', 'aufile'];
  if (media === 'webrtc') modules.push('stun', 'ice', 'dtls_srtp');
  return [
    'poll_method epoll',
    // Loopback only; port 0: the kernel picks a free one.
    'sip_listen 127.0.0.1:0',
    'sip_transports udp',
    'rtp_ports 30000-39999',
    'rtcp_mux yes',
    'audio_source ausine,440',
    // ausine makes 48 kHz stereo only: baresip converts it for a PCMU (8 kHz, mono) call.
    'ausrc_srate 48000',
    'ausrc_channels 2',
    // No sound card: aufile has no player in 1.0, so received audio goes only to sndfile.
    'audio_player aufile,/dev/null',
    'audio_alert aufile,/dev/null',
    'module_path /usr/lib/baresip/modules',
    ...modules.map((name) => `module ${name}.so`),
    'module_app account.so',
    'module_app menu.so',
    'module_app ctrl_tcp.so',
    `ctrl_tcp_listen 127.0.0.1:${ctrlPort}`,
    `snd_path ${dir}`,
    '',
  ].join('\n');
}

function accountLine(options: BaresipOptions): string {
  const { pbx, user, media, stunUrl } = options;
  const { password } = account(pbx, user);
  const params = [
    `auth_user=${user}`,
    `auth_pass=${password}`,
    `outbound="sip:127.0.0.1:${pbx.port};transport=udp"`,
    'regint=300',
    'answermode=manual',
  ];
  if (media === 'webrtc') {
    if (!stunUrl) throw new Error('baresip with ICE needs a STUN server');
    params.push('medianat=ice', `stunserver="${stunUrl}"`, 'mediaenc=dtls_srtp');
    params.push('audio_codecs=opus/48000/2,PCMU/8000/1');
  } else {
    params.push('audio_codecs=PCMU/8000/1');
  }
  return `<sip:${user}@${pbx.domain}>;${params.join(';')}\n`;
}

/** Netstring framing: `LEN:JSON,`. */
function frame(json: string): string {
  return `${Buffer.byteLength(json)}:${json},`;
}

/** The 16-bit samples after a WAV file's data chunk header (the sizes are written only at close). */
export function wavSamples(file: Buffer): Int16Array {
  const at = file.indexOf('data', 12, 'latin1');
  if (at < 0) return new Int16Array(0);
  const start = at + 8;
  const length = Math.floor((file.length - start) / 2);
  const copy = Buffer.from(file.subarray(start, start + length * 2));
  return new Int16Array(copy.buffer, copy.byteOffset, length);
}

export async function startBaresip(options: BaresipOptions): Promise<Baresip> {
  const dir = await mkdtemp(join(tmpdir(), 'voispeed-baresip-'));
  const ctrlPort = await freePort();
  await writeFile(join(dir, 'config'), config(dir, ctrlPort, options.media));
  await writeFile(join(dir, 'accounts'), accountLine(options));
  // setpriv --pdeathsig: the kernel stops baresip even if Node dies by SIGKILL.
  const args = ['-4', '-f', dir, '-n', '127.0.0.1', '-s', '-v'];
  const usePdeath = existsSync('/usr/bin/setpriv');
  const child: ChildProcess = spawn(
    usePdeath ? '/usr/bin/setpriv' : BIN,
    usePdeath ? ['--pdeathsig', 'KILL', BIN, ...args] : args,
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-400_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const events: BaresipEvent[] = [];
  const waiting = new Map<string, (response: { ok: boolean; data: string }) => void>();
  let socket: Socket | undefined;
  for (let tries = 0; !socket; tries++) {
    socket = await new Promise<Socket | undefined>((resolve) => {
      const s = connect(ctrlPort, '127.0.0.1', () => resolve(s));
      s.once('error', () => resolve(undefined));
    });
    if (!socket) {
      if (tries > 50 || child.exitCode !== null) {
        child.kill('SIGKILL');
        throw new Error(`baresip did not start:\n${output}`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  let buffer = Buffer.alloc(0);
  socket.on('data', (chunk) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      const colon = buffer.indexOf(':');
      if (colon < 0) return;
      const length = Number(buffer.subarray(0, colon).toString('latin1'));
      if (buffer.length < colon + 2 + length) return;
      const message = JSON.parse(buffer.subarray(colon + 1, colon + 1 + length).toString('utf8'));
      buffer = buffer.subarray(colon + 2 + length);
      if (message.event) {
        events.push({ type: message.type, param: message.param, peeruri: message.peeruri });
      } else if (message.response) {
        waiting.get(message.token)?.({ ok: message.ok === true, data: message.data ?? '' });
        waiting.delete(message.token);
      }
    }
  });
  let token = 0;
  const baresip: Baresip = {
    user: options.user,
    command(name, params = '') {
      const id = String(++token);
      return new Promise((resolve, reject) => {
        waiting.set(id, ({ ok, data }) =>
          ok ? resolve(data) : reject(new Error(`baresip ${name} ${params}: ${data}`)),
        );
        socket.write(frame(JSON.stringify({ command: name, params, token: id })));
      });
    },
    events: () => events,
    async waitForEvent(type, timeout = 10_000, from = 0) {
      const deadline = Date.now() + timeout;
      for (;;) {
        const found = events.slice(from).find((e) => e.type === type);
        if (found) return found;
        if (Date.now() > deadline) {
          const seen = events.map((e) => e.type).join(', ');
          throw new Error(`baresip ${options.user}: no ${type} in ${timeout} ms (saw ${seen})`);
        }
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    async decoded() {
      // sndfile opens a file per audio start, so a call's re-INVITEs may add files.
      const names = (await readdir(dir)).filter((n) => n.endsWith('-dec.wav'));
      let total = 0;
      let loud = 0;
      for (const name of names) {
        const samples = wavSamples(await readFile(join(dir, name)));
        total += samples.length;
        for (const sample of samples) if (Math.abs(sample) > LOUD) loud++;
      }
      return { samples: total, loud };
    },
    output: () => output,
    async stop() {
      socket.destroy();
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 2000);
      await exited;
      clearTimeout(timer);
      await rm(dir, { recursive: true, force: true });
    },
  };
  return baresip;
}

/**
 * Resolves once baresip is registered: its REGISTER_OK event comes before a control connection
 * can be made, so this asks its registration list (`OK` there, `zzz` while not).
 */
export async function registeredBaresip(options: BaresipOptions): Promise<Baresip> {
  const baresip = await startBaresip(options);
  const deadline = Date.now() + 10_000;
  while (!(await baresip.command('reginfo')).includes('OK')) {
    if (Date.now() > deadline) {
      console.log(baresip.output());
      await baresip.stop();
      throw new Error(`baresip ${options.user} did not register`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return baresip;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Loud samples baresip decoded over `ms`. */
export async function decodedGrowth(baresip: Baresip, ms: number): Promise<number> {
  const before = await baresip.decoded();
  await pause(ms);
  return (await baresip.decoded()).loud - before.loud;
}

/** Both ways: the app receives RTP, and baresip decodes Chromium's fake microphone's beeps. */
export async function expectAudioBothWays(phone: PhonePage, baresip: Baresip): Promise<void> {
  expect(await phone.waitForAudioFlow(8_000)).toBeGreaterThan(1000);
  // Over 2 s: the fake microphone beeps, and a shorter window may hold too little of a beep.
  await expect.poll(() => decodedGrowth(baresip, 2_000), { timeout: 10_000 }).toBeGreaterThan(1000);
}

/** The digits baresip read since event number `from`. */
export function digitsSince(baresip: Baresip, from: number): string {
  return baresip
    .events()
    .slice(from)
    .filter((e) => e.type === 'CALL_DTMF_START')
    .map((e) => e.param ?? '?')
    .join('');
}

/**
 * baresip holds the call with `number`: the app says so and receives no audio meanwhile; after
 * baresip resumes, the app receives audio again (only the app's side: baresip 1.0 decodes nothing
 * more after a hold, see baresip.test.ts).
 */
export async function expectFarEndHold(phone: PhonePage, baresip: Baresip, number: string) {
  await baresip.command('hold');
  await phone.waitForCallStatus(number, /· Held by the other party/);
  await pause(500);
  expect(await inboundAudioGrowth(phone, 1_500)).toBeLessThan(200);
  await baresip.command('resume');
  await phone.waitForCallStatus(number, /^In call [0-9:]+$/);
  expect(await phone.waitForAudioFlow(8_000)).toBeGreaterThan(1000);
}

/** The app holds: baresip is sent a=sendonly and decodes nothing; resumed, the app hears again. */
export async function expectAppHold(phone: PhonePage, baresip: Baresip, number: string) {
  const held = baresip.output().length;
  await hold(phone, number);
  await phone.waitForCallStatus(number, /· On hold/);
  await pause(500);
  expect(baresip.output().slice(held)).toMatch(/a=sendonly/);
  expect(await decodedGrowth(baresip, 1_500)).toBe(0);
  await resume(phone, number);
  await phone.waitForCallStatus(number, /^In call [0-9:]+$/);
  expect(await phone.waitForAudioFlow(8_000)).toBeGreaterThan(1000);
}
