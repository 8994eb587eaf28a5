import { subscribe } from "node:diagnostics_channel";
import type { IncomingMessage } from "node:http";
import type { Socket } from "node:net";
import { connectionAddressHeader } from "./client-address";

// Next.js gives route handlers no way to read the connection's address, so Node's own
// "http.server.request.start" channel (published for every request before the server handles
// it) writes it into a header of ours. Whatever the client sent under that name is replaced.
// Loaded from instrumentation.ts only, in the Node.js server (node: modules never reach a browser).

let installed = false;

/** Called once at server start (instrumentation.ts). */
export function recordConnectionAddresses(): void {
  if (installed) return;
  installed = true;
  subscribe("http.server.request.start", (message) => {
    const { request, socket } = message as { request: IncomingMessage; socket: Socket };
    request.headers[connectionAddressHeader] = socket.remoteAddress ?? "";
  });
}
