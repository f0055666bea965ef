// What each side of a live session may do, checked here once for every action route.
import "server-only";
import { changesRequest } from "@/lib/drafts/protocol";
import { decisionRequest, modeRequest, presenceRequest, showRequest } from "@/lib/handoff/protocol";
import { checkChanges } from "./draftRequests";
import { saveChanges } from "./drafts";
import type { Db } from "./db";
import { askToType, decide, endSession, keepAlive, setMode, setPresence, showAnswer, type SessionAccess } from "./handoff";
import { problem } from "./http";

type Action = (db: Db, access: SessionAccess, body: unknown) => Promise<Response | null>;

const personOnly = (action: Action): Action => async (db, access, body) =>
  access.side === "person" ? action(db, access, body) : problem(403, "person-only");

const whileActive = (action: Action): Action => async (db, access, body) =>
  access.session.status === "active" ? action(db, access, body) : problem(409, "session-not-active");

export const helpActions: Record<string, Action> = {
  decision: personOnly(async (db, { session }, body) => {
    const parsed = decisionRequest.safeParse(body);
    if (!parsed.success) return problem(400, "invalid-request");
    if (session.status !== "requested") return problem(409, "no-request");
    await decide(db, session.id, parsed.data.accept);
    return null;
  }),
  // Changing who types needs the person's fresh consent: only the person's screen can switch it.
  mode: personOnly(
    whileActive(async (db, { session }, body) => {
      const parsed = modeRequest.safeParse(body);
      if (!parsed.success) return problem(400, "invalid-request");
      await setMode(db, session.id, parsed.data.mode);
      return null;
    }),
  ),
  "ask-to-type": whileActive(async (db, { session, side }) => {
    if (side !== "helper") return problem(403, "helper-only");
    await askToType(db, session.id);
    return null;
  }),
  presence: async (db, { session, side }, body) => {
    const parsed = presenceRequest.safeParse(body);
    if (!parsed.success) return problem(400, "invalid-request");
    if (session.status === "ended" || session.status === "refused") return problem(409, "session-not-active");
    await setPresence(db, session.id, side, parsed.data.at);
    return null;
  },
  answers: whileActive(async (db, { session, side }, body) => {
    if (side !== "helper") return problem(403, "helper-only");
    if (session.mode !== "helper-types") return problem(409, "person-types");
    const parsed = changesRequest.safeParse(body);
    if (!parsed.success) return problem(400, "invalid-request");
    const problems = checkChanges(parsed.data.changes);
    if (problems.length > 0) return problem(422, "invalid-answers", { problems });
    // Who typed comes from the session, never from what the helper's device says (a helper is named on joining).
    if (!session.helper_role || !session.helper_name) return problem(409, "session-not-active");
    const author = { kind: "helper" as const, role: session.helper_role, name: session.helper_name };
    // The session authorised the helper: no device token. The helper's screen learns the result from its stream.
    await saveChanges(
      db,
      session.draft_id,
      null,
      null,
      parsed.data.changes.map((c) => ({ ...c, author })),
      { via: "helper-device", device: parsed.data.device ?? `helper-${session.id.slice(0, 8)}` },
    );
    // Typing is activity: a helper answering on their own device keeps the session going.
    await keepAlive(db, session.id);
    return null;
  }),
  // Only the person decides that the helper may see an answer given before the help.
  show: personOnly(
    whileActive(async (db, { session }, body) => {
      const parsed = showRequest.safeParse(body);
      if (!parsed.success) return problem(400, "invalid-request");
      await showAnswer(db, session.id, parsed.data.questionId);
      return null;
    }),
  ),
  "keep-alive": whileActive(async (db, { session }) => {
    await keepAlive(db, session.id);
    return null;
  }),
  end: async (db, { session }) => {
    await endSession(db, session.id);
    return null;
  },
};
