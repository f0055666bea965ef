// Server-Sent Events of a live help session: the session state for both sides, and the answers that changed
// (for the helper, only once the person accepted). Authenticated by the Authorization header (read with fetch,
// not EventSource, so no secret goes in a URL).
import { HELP_EVENTS, type AnswersEvent, type SessionState, type SessionStatus } from "@/lib/handoff/protocol";
import { bearerToken, parseDraftId } from "@/lib/server/draftRequests";
import { readChangesSince } from "@/lib/server/drafts";
import { accessSession, hiddenFromHelper, stateOf } from "@/lib/server/handoff";
import { problem, withDb } from "@/lib/server/http";
import { hub } from "@/lib/server/realtime";
import { getDb } from "@/lib/server/db";
import { acquireStream } from "@/lib/server/streams";

/**
 * A ping this often keeps proxies from closing an idle stream. `RELAIS_HELP_PING_MS` shortens it for the browser
 * tests, which then see an idle session go through several pings in seconds rather than minutes.
 */
const PING_MS = pingInterval(process.env.RELAIS_HELP_PING_MS);
/** How far the idle countdown may stray from what the screens computed before it is worth a new state. */
const IDLE_DRIFT_SECONDS = 5;
const TOO_MANY_RETRY_AFTER_SECONDS = 10;

function pingInterval(configured: string | undefined): number {
  const value = Number(configured);
  return Number.isInteger(value) && value >= 100 ? value : 15_000;
}

const isOver = (status: SessionStatus) => status === "ended" || status === "refused";

/** Where the client's copy stands: the revision it last got from a stream, or 0 (everything, once). */
function startingRevision(header: string | null): number {
  const raw = header?.trim() ?? "";
  return /^\d{1,15}$/.test(raw) ? Number(raw) : 0;
}

/**
 * The countdown falls by a second every second, so comparing it as is would send a state every time anything
 * is read. Screens count down on their own from the last state: a new one is due only when something else
 * changed, or when activity (or a keep-alive) moved the deadline away from where they think it is.
 */
function worthSending(last: SessionState | null, next: SessionState, secondsSince: number): boolean {
  if (!last) return true;
  const { idleSecondsLeft: before, ...restBefore } = last;
  const { idleSecondsLeft: after, ...restAfter } = next;
  if (JSON.stringify(restBefore) !== JSON.stringify(restAfter)) return true;
  if (before === null || after === null) return before !== after;
  return Math.abs(after - (before - secondsSince)) > IDLE_DRIFT_SECONDS;
}

const frame = (event: string, data: unknown, id?: number) =>
  `${id === undefined ? "" : `id: ${id}\n`}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;

export async function GET(request: Request, { params }: { params: Promise<{ sessionId: string }> }) {
  const sessionId = parseDraftId((await params).sessionId);
  const token = bearerToken(request);
  if (!sessionId) return problem(404, "unknown-session");
  if (!token) return problem(401, "missing-token");
  const since = startingRevision(request.headers.get("last-event-id"));
  return withDb(async (db) => {
    const access = await accessSession(db, sessionId, token);
    if (!access) return problem(404, "unknown-session");
    // Streaming an ended session's state and closing made clients reconnect forever: refuse, and the client
    // reads 409 as "the help is over".
    if (isOver(access.session.status)) return problem(409, "session-ended");
    const release = acquireStream(token);
    if (!release) return problem(429, "too-many-streams", {}, { "Retry-After": String(TOO_MANY_RETRY_AFTER_SECONDS) });

    const { side } = access;
    const draftId = access.session.draft_id;
    const encoder = new TextEncoder();
    let close = () => {};

    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        let closed = false;
        let revision = since;
        let lastState: SessionState | null = null;
        let lastStateAt = 0;
        /** The answers the helper's stream last held back (hiddenFromHelper). */
        let keptBack: string[] | null = null;
        let deadline: ReturnType<typeof setTimeout> | undefined;

        const write = (text: string) => {
          if (closed) return;
          try {
            controller.enqueue(encoder.encode(text));
          } catch {
            close();
          }
        };

        const update = async () => {
          const db = await getDb();
          // Through the token again: this is what ends a session left idle too long, as every request does.
          const current = await accessSession(db, sessionId, token);
          if (closed) return;
          if (!current) return close();
          const hidden = current.session.status === "active" ? await hiddenFromHelper(db, current.session) : [];
          if (closed) return;
          const state = { ...stateOf(current.session), hidden };
          const wasLive = lastState === null || !isOver(lastState.status);
          const now = Date.now();
          if (worthSending(lastState, state, (now - lastStateAt) / 1000)) {
            write(frame(HELP_EVENTS.state, state));
            lastState = state;
            lastStateAt = now;
          }
          // The helper sees answers only while the person has accepted the help, and never after.
          if (side === "person" || state.status === "active") {
            // An answer the person just showed changed before this stream's revision: named, it comes anyway.
            // A new stream cannot know what its client was shown while away: it names every answer shown.
            const shownNow = side !== "helper" ? [] : keptBack === null ? current.session.shown : keptBack.filter((id) => !hidden.includes(id));
            keptBack = hidden;
            let changes: AnswersEvent | null = await readChangesSince(db, draftId, revision, shownNow);
            // A client that claims a revision the server never reached (a restored database) gets everything.
            if (changes && changes.revision < revision) changes = await readChangesSince(db, draftId, 0);
            if (closed) return;
            if (!changes) return close();
            // What the person keeps back never reaches the helper's device.
            if (side === "helper") changes = { ...changes, entries: Object.fromEntries(Object.entries(changes.entries).filter(([id]) => !hidden.includes(id))) };
            if (changes.revision !== revision || Object.keys(changes.entries).length > 0) {
              write(frame(HELP_EVENTS.answers, changes, changes.revision));
              revision = changes.revision;
            }
          }
          if (isOver(state.status)) {
            // Ended here for idleness: the other side's stream, maybe on another instance, learns it now.
            if (wasLive && current.session.idle) await hub.publish(draftId);
            return close();
          }
          // Nobody else will notice the idle end: look again when it is due.
          clearTimeout(deadline);
          if (state.idleSecondsLeft !== null) deadline = setTimeout(push, (state.idleSecondsLeft + 1) * 1000);
        };

        // Notifications that arrive while a read is queued are served by that read (one read per burst). A
        // failed read closes the stream, so the client reconnects and catches up, rather than it staying open
        // on pings alone while nothing arrives.
        let sending = Promise.resolve();
        let queued = false;
        const push = () => {
          if (queued || closed) return;
          queued = true;
          sending = sending
            .then(() => {
              queued = false;
              return closed ? undefined : update();
            })
            .catch((error: unknown) => {
              queued = false;
              // Never contents in the log: only the kind of failure.
              console.error("help stream update failed:", error instanceof Error ? error.name : "unknown");
              close();
            });
        };

        const unsubscribe = hub.subscribe(draftId, push);
        const ping = setInterval(() => write(frame(HELP_EVENTS.ping, Date.now())), PING_MS);
        close = () => {
          if (closed) return;
          closed = true;
          clearInterval(ping);
          clearTimeout(deadline);
          unsubscribe();
          request.signal.removeEventListener("abort", close);
          release();
          try {
            controller.close();
          } catch {
            // Already cancelled by the client: nothing left to close.
          }
        };
        request.signal.addEventListener("abort", close);
        if (request.signal.aborted) close();
        else push();
      },
      cancel() {
        close();
      },
    });
    return new Response(stream, {
      headers: {
        "Content-Type": "text/event-stream; charset=utf-8",
        "Cache-Control": "no-store, no-transform",
        "X-Accel-Buffering": "no",
      },
    });
  });
}
