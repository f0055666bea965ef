// Who is asking, at the network level: the socket's address, or the client a trusted reverse proxy names.
// No "server-only" fence: proxy.ts imports this too, and it holds no secret (the keyed hash is in secret.ts).
import { randomBytes } from "node:crypto";
import diagnostics from "node:diagnostics_channel";
import type { IncomingMessage } from "node:http";
import { BlockList, isIP } from "node:net";

/**
 * Next.js gives route handlers and the proxy no socket address (`request.ip` is gone since Next 15), and it fills
 * `X-Forwarded-For` with the socket address only when the client sent none (base-server: `??=`), so a client
 * that sends one hides where it really is. Node publishes every incoming request on this channel before any
 * listener sees it: the address is copied there into a header that carries a per-process mark, which a client
 * cannot forge (it never sees the mark; a header it sends is overwritten, and one that got through before the
 * subscription, without the mark, is ignored).
 */
const PEER_HEADER = "x-relais-peer";
const holder = globalThis as typeof globalThis & { __relaisPeerMark?: string };
const mark = () => (holder.__relaisPeerMark ??= randomBytes(16).toString("hex"));

const METHOD_HEADER = "x-relais-method";
// The Fetch standard forbids these: Next cannot build a Request for them, so they fail with 500 before the proxy
// or any route runs. They go on as OPTIONS, marked, and the proxy answers 405.
const FORBIDDEN_METHODS = new Set(["TRACE", "TRACK"]);

function onRequest(message: unknown) {
  const { request, socket } = message as { request: IncomingMessage; socket: { remoteAddress?: string } };
  request.headers[PEER_HEADER] = `${mark()} ${socket.remoteAddress ?? ""}`;
  delete request.headers[METHOD_HEADER];
  if (FORBIDDEN_METHODS.has(request.method ?? "")) {
    request.headers[METHOD_HEADER] = `${mark()} ${request.method}`;
    request.method = "OPTIONS";
  }
}

/** The method the client really sent, when the recorder had to replace it (TRACE, TRACK). */
export function originalMethod(headers: Headers, method: string): string {
  const value = headers.get(METHOD_HEADER) ?? "";
  const space = value.indexOf(" ");
  return space > 0 && value.slice(0, space) === mark() ? value.slice(space + 1) : method;
}

/** Starts recording socket addresses; safe to call more than once (instrumentation and the proxy both do). */
export function recordPeerAddresses(): void {
  const flag = globalThis as typeof globalThis & { __relaisPeerRecording?: boolean };
  if (flag.__relaisPeerRecording) return;
  flag.__relaisPeerRecording = true;
  diagnostics.subscribe("http.server.request.start", onRequest);
}

/** The header the recorder would add for a socket at `address`: for tests that call route handlers directly. */
export function peerHeader(address: string): Record<string, string> {
  return { [PEER_HEADER]: `${mark()} ${address}` };
}

/** `::ffff:1.2.3.4` is the IPv4 client 1.2.3.4; ports and brackets (`[::1]:80`, `1.2.3.4:5`) are dropped. */
export function normaliseAddress(raw: string): string {
  let value = raw.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value)?.[1];
  if (bracketed !== undefined) value = bracketed;
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(value)) value = value.slice(0, value.lastIndexOf(":"));
  value = value.toLowerCase();
  return /^::ffff:(\d{1,3}(\.\d{1,3}){3})$/.exec(value)?.[1] ?? value;
}

let parsed: { source: string; list: BlockList; count: number } | null = null;

/** `RELAIS_TRUSTED_PROXIES`: comma-separated addresses and CIDR ranges (IPv4 or IPv6) of the reverse proxies. */
function trustedProxies(): { list: BlockList; count: number } {
  const source = process.env.RELAIS_TRUSTED_PROXIES ?? "";
  if (parsed?.source === source) return parsed;
  const list = new BlockList();
  let count = 0;
  for (const entry of source.split(",").map((s) => s.trim()).filter(Boolean)) {
    const [address = "", prefix] = entry.split("/");
    const normal = normaliseAddress(address);
    const family = isIP(normal);
    if (family === 0 || (prefix !== undefined && !/^\d{1,3}$/.test(prefix))) {
      // A typo here would silently trust nobody (or everybody): say so at once, once.
      console.error(`RELAIS_TRUSTED_PROXIES: ignored an entry that is not an address or CIDR range`);
      continue;
    }
    const type = family === 6 ? "ipv6" : "ipv4";
    if (prefix === undefined) list.addAddress(normal, type);
    else list.addSubnet(normal, Number(prefix), type);
    count += 1;
  }
  parsed = { source, list, count };
  return parsed;
}

export function isTrustedProxy(address: string): boolean {
  const normal = normaliseAddress(address);
  const family = isIP(normal);
  return family !== 0 && trustedProxies().list.check(normal, family === 6 ? "ipv6" : "ipv4");
}

/** The socket's address, if the recorder saw this request. */
export function peerAddress(headers: Headers): string | null {
  const value = headers.get(PEER_HEADER) ?? "";
  const space = value.indexOf(" ");
  if (space < 0 || value.slice(0, space) !== mark()) return null;
  return normaliseAddress(value.slice(space + 1)) || null;
}

let warned = false;

/**
 * The client's address. From the socket, unless the socket is a trusted proxy: then the right-most
 * `X-Forwarded-For` entry that is not itself a trusted proxy (entries left of it were written by the client and
 * prove nothing). Without a recorded socket (a request that arrived before recording started), Next's own
 * `X-Forwarded-For` is read the same way, which a client could spoof: the global limits still hold then.
 */
export function clientAddress(headers: Headers): string {
  const peer = peerAddress(headers);
  if (peer && !isTrustedProxy(peer)) return peer;
  if (!peer && !warned) {
    warned = true;
    console.error("client-address: socket address not recorded; falling back to X-Forwarded-For");
  }
  const forwarded = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => normaliseAddress(entry))
    .filter(Boolean);
  // From the nearest hop back: the first address that is not one of our proxies is the client.
  for (const address of [...forwarded].reverse()) {
    if (!isTrustedProxy(address)) return address;
  }
  return forwarded[0] ?? peer ?? "unknown";
}

/**
 * The rate-limit identity of a client: its IPv4 address, or its IPv6 /64 (one subscriber usually holds a whole
 * /64, so counting single IPv6 addresses would give one person 2^64 fresh budgets).
 */
export function clientIdentity(headers: Headers): string {
  const address = clientAddress(headers);
  if (isIP(address) !== 6) return address;
  const groups = expandIpv6(address);
  return groups ? `${groups.slice(0, 4).join(":")}::/64` : address;
}

function expandIpv6(address: string): string[] | null {
  const [head = "", tail, extra] = address.split("::");
  if (extra !== undefined || address.includes(".")) return null;
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const missing = tail === undefined ? 0 : 8 - left.length - right.length;
  const groups = [...left, ...Array<string>(missing).fill("0"), ...right].map((g) => g.replace(/^0+(?=.)/, ""));
  return groups.length === 8 ? groups : null;
}

/** Whether the request reached a trusted proxy over HTTPS, or this server directly over HTTPS. */
export function servedOverHttps(headers: Headers, url: URL): boolean {
  const peer = peerAddress(headers);
  if (peer && isTrustedProxy(peer)) {
    const proto = (headers.get("x-forwarded-proto") ?? "").split(",").at(-1)?.trim().toLowerCase();
    if (proto) return proto === "https";
  }
  // Next derives the URL's scheme from the socket (or from X-Forwarded-Proto, whoever sent it): a client that
  // lies only gets HSTS on its own answer, and browsers ignore HSTS received over plain HTTP anyway.
  return url.protocol === "https:";
}
