// A free UDP port on 127.0.0.1, for the servers the scripts and tests start on UDP (rtpengine's
// control socket, coturn).
import { createSocket } from 'node:dgram';

/**
 * A free UDP port on 127.0.0.1 a moment ago.
 * @returns {Promise<number>}
 */
export function freeUdpPort() {
  return new Promise((resolve, reject) => {
    const socket = createSocket('udp4');
    socket.once('error', reject);
    socket.bind(0, '127.0.0.1', () => {
      const { port } = socket.address();
      socket.close(() => resolve(port));
    });
  });
}
