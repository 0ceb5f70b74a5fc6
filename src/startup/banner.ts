/** Hosts that mean "every interface": the banner says so, and gives the address to type on this machine. */
const EVERY_INTERFACE = new Set(['0.0.0.0', '::', '[::]']);

/** A URL for this machine to reach a server bound to `host`. */
export function localUrl(host: string, port: number): string {
  if (EVERY_INTERFACE.has(host)) return `http://localhost:${port}`;
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
}

/** The address actually bound, as the start-up banner says it. */
export function listeningLine(host: string, port: number): string {
  if (EVERY_INTERFACE.has(host)) return `Listening on ${host} port ${port}, every interface (on this machine: ${localUrl(host, port)}; HOST=127.0.0.1 keeps it to this machine)`;
  return `Listening on ${localUrl(host, port)} (HOST=${host})`;
}
