import net from 'node:net';

/**
 * neo4j-driver leaves Nagle's algorithm on for its sockets. A Bolt request is
 * written in several pieces, so with the server's delayed ACK every query with
 * sizeable parameters waits about 40 ms for nothing. Client sockets opened by
 * this process send at once instead.
 */
const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function connectWithoutDelay(this: net.Socket, ...args: unknown[]) {
  this.setNoDelay(true);
  return (connect as (...a: unknown[]) => net.Socket).apply(this, args);
} as typeof connect;
