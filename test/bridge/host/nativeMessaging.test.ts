import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ABSURD_FRAME, encodeFrame, FrameReader, MAX_FRAME } from '../../../bridge/host/frames';
import { makeHandler } from '../../../bridge/host/handler';
import { serveNativeMessaging } from '../../../bridge/host/nativeMessaging';
import { HOST_VERSION } from '../../../bridge/host/version';
import { checkFromHost, type FromHost } from '../../../bridge/protocol/messages';

const header = (length: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(length, 0);
  return b;
};

describe('FrameReader', () => {
  it('reads a frame split across chunks at every byte', () => {
    const frame = encodeFrame({ v: 1, id: 7, type: 'hello', text: 'é€😀' });
    for (let at = 0; at <= frame.length; at++) {
      const reader = new FrameReader();
      const events = [...reader.push(frame.subarray(0, at)), ...reader.push(frame.subarray(at))];
      expect(events).toEqual([
        { type: 'message', value: { v: 1, id: 7, type: 'hello', text: 'é€😀' } },
      ]);
    }
  });

  it('reads two frames in one chunk, and a third begun in it', () => {
    const reader = new FrameReader();
    const third = encodeFrame({ n: 3 });
    const events = reader.push(
      Buffer.concat([encodeFrame({ n: 1 }), encodeFrame({ n: 2 }), third.subarray(0, 5)]),
    );
    expect(events).toEqual([
      { type: 'message', value: { n: 1 } },
      { type: 'message', value: { n: 2 } },
    ]);
    expect(reader.push(third.subarray(5))).toEqual([{ type: 'message', value: { n: 3 } }]);
  });

  it('skips an oversized frame with a refusal and reads the next one', () => {
    const reader = new FrameReader();
    const big = MAX_FRAME + 10;
    const events = [
      ...reader.push(Buffer.concat([header(big), Buffer.alloc(1000, 0x20)])),
      ...reader.push(Buffer.alloc(big - 1000, 0x20)),
      ...reader.push(encodeFrame({ n: 1 })),
    ];
    expect(events).toEqual([
      { type: 'bad', problem: `the message is longer than ${MAX_FRAME} bytes` },
      { type: 'message', value: { n: 1 } },
    ]);
  });

  it('stops reading at an absurd length', () => {
    const reader = new FrameReader();
    expect(reader.push(Buffer.concat([header(ABSURD_FRAME + 1), encodeFrame({ n: 1 })]))).toEqual([
      { type: 'fatal', problem: `a frame claims ${ABSURD_FRAME + 1} bytes: reading stopped` },
    ]);
    expect(reader.push(encodeFrame({ n: 2 }))).toEqual([]);
  });

  it('calls bad JSON and bad UTF-8 bad, and goes on', () => {
    const reader = new FrameReader();
    const notJson = Buffer.from('{nope');
    const notUtf8 = Buffer.from([0xff, 0xfe]);
    expect(
      reader.push(
        Buffer.concat([header(notJson.length), notJson, header(2), notUtf8, encodeFrame(1)]),
      ),
    ).toEqual([
      { type: 'bad', problem: 'the message is not JSON' },
      { type: 'bad', problem: 'the message is not UTF-8' },
      { type: 'message', value: 1 },
    ]);
  });
});

/** A host over in-memory pipes, with work that records what it was asked. */
function host() {
  const input = new PassThrough();
  const output = new PassThrough();
  const writes: Buffer[] = [];
  output.on('data', (chunk: Buffer) => writes.push(chunk));
  const runs: unknown[] = [];
  const connection = serveNativeMessaging(
    input,
    output,
    makeHandler({
      run: async (request) => {
        runs.push(request);
        return { ok: true, exitCode: 0, signal: null, timedOut: false, output: 'done' };
      },
      selection: async () => ({ text: '0212345678', detail: 'read with xclip' }),
    }),
  );
  const answers = async (count: number): Promise<FromHost[]> => {
    for (let i = 0; i < 50 && writes.length < count; i++)
      await new Promise((r) => setTimeout(r, 5));
    const reader = new FrameReader();
    return writes
      .flatMap((w) => reader.push(w))
      .map((event) => {
        if (event.type !== 'message') throw new Error(event.problem);
        const checked = checkFromHost(event.value, '');
        if (!checked.ok) throw new Error(`${checked.field} ${checked.problem}`);
        return checked.value;
      });
  };
  return { input, writes, runs, connection, answers };
}

describe('serveNativeMessaging', () => {
  it('answers hello, run and selection, each frame in one write', async () => {
    const h = host();
    h.input.write(
      Buffer.concat([
        encodeFrame({ v: 1, id: 1, type: 'hello' }),
        encodeFrame({
          v: 1,
          id: 2,
          type: 'run',
          rule: 'crm-log',
          event: 'CALL_IN',
          values: { '01': '201' },
        }),
        encodeFrame({ v: 1, id: 3, type: 'selection' }),
      ]),
    );
    const answers = await h.answers(3);
    expect(h.writes).toHaveLength(3);
    expect(answers).toEqual(
      expect.arrayContaining([
        { v: 1, id: 1, type: 'hello', version: HOST_VERSION },
        {
          v: 1,
          id: 2,
          type: 'ran',
          result: { ok: true, exitCode: 0, signal: null, timedOut: false, output: 'done' },
        },
        { v: 1, id: 3, type: 'selection', text: '0212345678', detail: 'read with xclip' },
      ]),
    );
    expect(h.runs).toEqual([
      { v: 1, id: 2, type: 'run', rule: 'crm-log', event: 'CALL_IN', values: { '01': '201' } },
    ]);
  });

  it('refuses a bad request with its id, or 0, and runs nothing', async () => {
    const h = host();
    h.input.write(
      Buffer.concat([
        encodeFrame({
          v: 1,
          id: 4,
          type: 'run',
          rule: 'crm-log',
          event: 'CALL_IN',
          values: {},
          command: 'sh',
        }),
        encodeFrame({ v: 1, id: 5, type: 'run', rule: '../x', event: 'CALL_IN', values: {} }),
        encodeFrame({ v: 1, type: 'exec' }),
        encodeFrame('hello'),
      ]),
    );
    const answers = await h.answers(4);
    expect(answers).toEqual([
      { v: 1, id: 4, type: 'refused', problem: 'command is not a known field' },
      { v: 1, id: 5, type: 'refused', problem: 'rule has a bad form' },
      { v: 1, id: 0, type: 'refused', problem: 'type is not a known message type' },
      { v: 1, id: 0, type: 'refused', problem: 'the message must be an object' },
    ]);
    expect(h.runs).toEqual([]);
  });

  it('refuses an oversized frame with id 0 and goes on; ends when stdin ends', async () => {
    const h = host();
    h.input.write(Buffer.concat([header(MAX_FRAME + 1), Buffer.alloc(MAX_FRAME + 1, 0x20)]));
    h.input.write(encodeFrame({ v: 1, id: 9, type: 'hello' }));
    expect(await h.answers(2)).toEqual([
      { v: 1, id: 0, type: 'refused', problem: `the message is longer than ${MAX_FRAME} bytes` },
      { v: 1, id: 9, type: 'hello', version: HOST_VERSION },
    ]);
    h.input.end();
    await h.connection.closed;
  });

  it('stops at an absurd length', async () => {
    const h = host();
    h.input.write(Buffer.concat([header(0xffffffff), encodeFrame({ v: 1, id: 9, type: 'hello' })]));
    await h.connection.closed;
    expect(await h.answers(1)).toEqual([
      { v: 1, id: 0, type: 'refused', problem: 'a frame claims 4294967295 bytes: reading stopped' },
    ]);
  });
});
