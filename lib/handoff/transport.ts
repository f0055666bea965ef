// Transport of a live session: one event stream read with fetch (token in a header, never in the URL), reopened
// with backoff after a real disconnect, and small authenticated POSTs. No session logic here.
import { auth } from "@/lib/drafts/api";
import { HELP_STREAM_GONE } from "./protocol";
import { createSseParser } from "./sse";

const BACKOFF_FIRST_MS = 1_000;
export const BACKOFF_MAX_MS = 30_000;
/**
 * A connection that stayed open this long (past a server ping) was healthy: the next disconnect starts the
 * backoff again from the first step. A fetch that merely succeeded proves nothing: a server can answer and
 * close at once, and resetting then is what made ended sessions reconnect every second.
 */
export const STABLE_MS = 20_000;

export interface EventStreamOptions {
  url: string;
  token: string;
  onEvent(event: string, data: unknown): void;
  /** The session or the token is gone for good (401, 403, 404, 409, 410): the stream will not reopen. */
  onGone(status: number): void;
  /** The revision the caller already holds, asked for the first connection (later ones use the last id received). */
  startRevision?(): number | undefined;
  /** Injected in tests. */
  fetch?: typeof fetch;
  setTimeout?: (run: () => void, ms: number) => unknown;
  clearTimeout?: (timer: unknown) => void;
  now?: () => number;
  random?: () => number;
}

/** The wait before reconnect number `attempt` (0-based): doubling from 1 s to 30 s, with jitter so clients spread out. */
export function backoffDelay(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(BACKOFF_MAX_MS, BACKOFF_FIRST_MS * 2 ** Math.min(attempt, 30));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

function retryAfterMs(response: Response): number {
  const seconds = Number(response.headers.get("retry-after"));
  return Number.isFinite(seconds) && seconds > 0 ? Math.min(seconds, 300) * 1000 : 0;
}

/** Opens the stream; returns the function that closes it for good. */
export function openEventStream(options: EventStreamOptions): () => void {
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  const schedule = options.setTimeout ?? ((run: () => void, ms: number) => setTimeout(run, ms));
  const unschedule = options.clearTimeout ?? ((timer: unknown) => clearTimeout(timer as ReturnType<typeof setTimeout>));
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;

  let stopped = false;
  let attempt = 0;
  let lastId: string | undefined;
  let controller: AbortController | null = null;
  let timer: unknown = null;

  const reconnect = (atLeastMs = 0) => {
    if (stopped) return;
    const delay = Math.max(backoffDelay(attempt, random), atLeastMs);
    attempt += 1;
    timer = schedule(() => {
      timer = null;
      void connect();
    }, delay);
  };

  // Never rejects: every failure ends in reconnect() or onGone, so its callers may `void` it.
  const connect = async () => {
    if (stopped) return;
    controller = new AbortController();
    const since = lastId ?? String(Math.max(0, Math.floor(options.startRevision?.() ?? 0)));
    let openedAt: number | null = null;
    try {
      const response = await doFetch(options.url, {
        headers: { ...auth(options.token), Accept: "text/event-stream", "Last-Event-ID": since },
        signal: controller.signal,
        cache: "no-store",
      });
      if (stopped) return;
      if (HELP_STREAM_GONE.includes(response.status)) {
        stopped = true;
        options.onGone(response.status);
        return;
      }
      if (!response.ok || !response.body) {
        void response.body?.cancel().catch(() => undefined);
        return reconnect(retryAfterMs(response));
      }
      openedAt = now();
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      const parse = createSseParser();
      for (;;) {
        const { done, value } = await reader.read();
        if (done || stopped) break;
        for (const event of parse(value)) {
          if (event.id !== undefined) lastId = event.id;
          let data: unknown;
          try {
            data = JSON.parse(event.data);
          } catch {
            continue;
          }
          options.onEvent(event.event, data);
          // The handler may have closed the stream (the session ended): nothing more reaches it.
          if (stopped) break;
        }
        if (stopped) break;
      }
    } catch {
      // A network error or the abort of stop(): the same way out.
    }
    if (stopped) return;
    if (openedAt !== null && now() - openedAt >= STABLE_MS) attempt = 0;
    reconnect();
  };

  void connect();
  return () => {
    stopped = true;
    if (timer !== null) unschedule(timer);
    timer = null;
    controller?.abort();
  };
}

export async function postAction(url: string, token: string, body: unknown = {}): Promise<Response> {
  return fetch(url, { method: "POST", headers: { ...auth(token), "Content-Type": "application/json" }, body: JSON.stringify(body), cache: "no-store" });
}
