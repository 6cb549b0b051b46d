// A STUN binding responder on 127.0.0.1 (RFC 5389, XOR-MAPPED-ADDRESS only), for baresip's ICE,
// which gathers nothing without a STUN server. It answers every Binding request with the address
// it came from and ignores anything else.
import { createSocket, type RemoteInfo } from 'node:dgram';

const MAGIC_COOKIE = 0x2112a442;
const BINDING_REQUEST = 0x0001;
const BINDING_SUCCESS = 0x0101;
const XOR_MAPPED_ADDRESS = 0x0020;
const HEADER = 20;

export interface StunServer {
  /** stun:127.0.0.1:PORT */
  url: string;
  port: number;
  /** Binding requests answered so far. */
  answered(): number;
  stop(): Promise<void>;
}

/** The success response to a Binding request, or undefined for anything that is not one. */
export function bindingResponse(request: Buffer, from: RemoteInfo): Buffer | undefined {
  if (request.length < HEADER || from.family !== 'IPv4') return undefined;
  if (request.readUInt16BE(0) !== BINDING_REQUEST) return undefined;
  if (request.readUInt32BE(4) !== MAGIC_COOKIE) return undefined;
  const attribute = Buffer.alloc(12);
  attribute.writeUInt16BE(XOR_MAPPED_ADDRESS, 0);
  attribute.writeUInt16BE(8, 2);
  attribute.writeUInt8(0x01, 5);
  attribute.writeUInt16BE(from.port ^ (MAGIC_COOKIE >>> 16), 6);
  const ip = from.address.split('.').reduce((n, part) => n * 256 + Number(part), 0);
  attribute.writeUInt32BE((ip ^ MAGIC_COOKIE) >>> 0, 8);
  const header = Buffer.alloc(HEADER);
  header.writeUInt16BE(BINDING_SUCCESS, 0);
  header.writeUInt16BE(attribute.length, 2);
  header.writeUInt32BE(MAGIC_COOKIE, 4);
  request.copy(header, 8, 8, HEADER);
  return Buffer.concat([header, attribute]);
}

export function startStunServer(): Promise<StunServer> {
  const socket = createSocket('udp4');
  let answered = 0;
  socket.on('message', (message, from) => {
    const response = bindingResponse(message, from);
    if (!response) return;
    answered++;
    socket.send(response, from.port, from.address);
  });
  return new Promise((resolve, reject) => {
    socket.once('error', reject);
    socket.bind(0, '127.0.0.1', () => {
      const { port } = socket.address();
      resolve({
        url: `stun:127.0.0.1:${port}`,
        port,
        answered: () => answered,
        stop: () => new Promise((done) => socket.close(() => done())),
      });
    });
  });
}
