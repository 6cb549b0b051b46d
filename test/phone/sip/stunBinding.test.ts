// The end-to-end tests' STUN responder (test/e2e/stunServer.ts): what it answers, and to what not.
import type { RemoteInfo } from 'node:dgram';
import { describe, expect, it } from 'vitest';
import { bindingResponse } from '../../e2e/stunServer';

const FROM: RemoteInfo = { address: '127.0.0.1', family: 'IPv4', port: 40000, size: 20 };

function request(type = 0x0001, cookie = 0x2112a442): Buffer {
  const message = Buffer.alloc(20);
  message.writeUInt16BE(type, 0);
  message.writeUInt32BE(cookie, 4);
  message.write('transaction1', 8, 'latin1');
  return message;
}

describe('bindingResponse', () => {
  it('answers a Binding request with the sender XOR-mapped, in the same transaction', () => {
    const response = bindingResponse(request(), FROM);
    expect(response?.readUInt16BE(0)).toBe(0x0101);
    expect(response?.readUInt16BE(2)).toBe(12);
    expect(response?.subarray(8, 20).toString('latin1')).toBe('transaction1');
    expect(response?.readUInt16BE(20)).toBe(0x0020);
    expect((response?.readUInt16BE(26) ?? 0) ^ 0x2112).toBe(40000);
    expect(((response?.readUInt32BE(28) ?? 0) ^ 0x2112a442) >>> 0).toBe(0x7f000001);
  });

  it.each([
    ['a response', request(0x0101), FROM],
    ['no magic cookie (RFC 3489)', request(0x0001, 0), FROM],
    ['a short packet', Buffer.alloc(8), FROM],
    ['an IPv6 sender', request(), { ...FROM, address: '::1', family: 'IPv6' as const }],
  ])('ignores %s', (_, message, from) => {
    expect(bindingResponse(message, from)).toBeUndefined();
  });
});
