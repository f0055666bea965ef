// Sending the file: what the device waits for first (its answers on the server), the one retry a stale revision
// earns, and every way it can end, as a result the form must handle.
import { HttpError, auth, call } from "@/lib/drafts/api";
import { pendingChanges } from "@/lib/drafts/model";
import type { Draft } from "@/lib/drafts/store";
import type { Locale } from "@/lib/i18n/settings";
import { sentResponse, submissionUrl, type SendRequest, type SentResponse } from "@/lib/submissions/protocol";

export type SendOutcome =
  | { kind: "sent"; sent: SentResponse }
  | { kind: "offline" }
  /** Answers still on the device only: sending now would send a file without them. */
  | { kind: "unsynced" }
  /** Still not the latest answers after syncing once: another device keeps changing them. */
  | { kind: "stale" }
  | { kind: "problems"; problems: Array<{ question: string; error: string }> }
  | { kind: "unknown-agency" }
  | { kind: "failed" };

type Flush = (options?: { pull?: boolean }) => Promise<Draft>;

const offline = () => typeof navigator !== "undefined" && !navigator.onLine;

export async function sendFile(flush: Flush, agencyId: string, lang: Locale): Promise<SendOutcome> {
  let draft = await flush();
  for (let attempt = 0; ; attempt += 1) {
    if (!draft.server.registered || pendingChanges(draft.entries).length > 0) return offline() ? { kind: "offline" } : { kind: "unsynced" };
    const body: SendRequest = { revision: draft.server.revision, agencyId, lang, consent: true };
    try {
      const sent = await call(sentResponse, submissionUrl(draft.id), { method: "POST", headers: auth(draft.server.token), body: JSON.stringify(body) });
      return { kind: "sent", sent };
    } catch (error) {
      if (!(error instanceof HttpError)) return { kind: offline() || error instanceof TypeError ? "offline" : "failed" };
      if (error.status === 409) {
        // The person checked answers older than the server's (a helper typed on their own device): fetch them, once.
        if (attempt > 0) return { kind: "stale" };
        draft = await flush({ pull: true });
        continue;
      }
      if (error.status === 422 && error.body.error === "unknown-agency") return { kind: "unknown-agency" };
      if (error.status === 422 && error.body.problems?.length) return { kind: "problems", problems: error.body.problems };
      return { kind: "failed" };
    }
  }
}
