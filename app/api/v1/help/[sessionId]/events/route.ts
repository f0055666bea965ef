// Server-Sent Events of a live help session: the session state for both sides, and the answers for the
// helper once the person accepted. Authenticated by the Authorization header (read with fetch, not
// EventSource, so no secret goes in a URL).
import { HELP_EVENTS } from "@/lib/handoff/protocol";
import { bearerToken, parseDraftId } from "@/lib/server/draftRequests";
import { readEntries } from "@/lib/server/drafts";
import { accessSession, readSession, stateOf } from "@/lib/server/handoff";
import { problem, withDb } from "@/lib/server/http";
import { hub } from "@/lib/server/realtime";
import { getDb } from "@/lib/server/db";

const PING_MS = 15_000;

export async function GET(request: Request, { params }: { params: Promise<{ sessionId: string }> }) {
  const sessionId = parseDraftId((await params).sessionId);
  const token = bearerToken(request);
  if (!sessionId) return problem(404, "unknown-session");
  if (!token) return problem(401, "missing-token");
  return withDb(async (db) => {
    const access = await accessSession(db, sessionId, token);
    if (!access) return problem(404, "unknown-session");
    const { side } = access;
    const draftId = access.session.draft_id;
    const encoder = new TextEncoder();
    let cleanup = () => {};

    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        let closed = false;
        const send = (event: string, data: unknown) => {
          if (!closed) controller.enqueue(encoder.encode(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`));
        };
        // Each change re-reads the session: state is small, and reading it keeps every instance consistent.
        // Notifications that arrive while a read is queued are served by that read (one read per burst).
        let sending = Promise.resolve();
        let queued = false;
        const push = () => {
          if (queued) return;
          queued = true;
          sending = sending.then(async () => {
            queued = false;
            const db = await getDb();
            const session = await readSession(db, sessionId);
            if (!session || closed) return;
            send(HELP_EVENTS.state, stateOf(session));
            // The helper sees answers only while the person has accepted the help, and never after.
            if (side === "person" || session.status === "active") send(HELP_EVENTS.answers, await readEntries(db, draftId));
            if (session.status === "ended" || session.status === "refused") close();
          });
        };
        const unsubscribe = hub.subscribe(draftId, push);
        const ping = setInterval(() => send(HELP_EVENTS.ping, Date.now()), PING_MS);
        const close = () => {
          if (closed) return;
          closed = true;
          cleanup();
          controller.close();
        };
        cleanup = () => {
          clearInterval(ping);
          unsubscribe();
          request.signal.removeEventListener("abort", close);
        };
        request.signal.addEventListener("abort", close);
        push();
      },
      cancel() {
        cleanup();
      },
    });
    return new Response(stream, {
      headers: {
        "Content-Type": "text/event-stream; charset=utf-8",
        "Cache-Control": "no-cache, no-transform",
        Connection: "keep-alive",
        "X-Accel-Buffering": "no",
      },
    });
  });
}
