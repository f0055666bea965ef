"use client";
// The server's answer log of this draft (who entered what), when there is a connection.
import { useEffect, useState } from "react";
import { useDraft } from "@/components/draft/DraftProvider";
import { auth, call } from "@/lib/drafts/api";
import { helpUrls, type Author } from "@/lib/handoff/protocol";
import { answerLog, type AnswerLogEntry } from "@/lib/handoff/responses";

export type LogState = { status: "loading" } | { status: "offline" } | { status: "ready"; log: AnswerLogEntry[] };

export function useAnswerLog(): LogState {
  const { state, sync } = useDraft();
  const [log, setLog] = useState<LogState>({ status: "loading" });
  const draft = state.status === "ready" ? state.draft : null;
  const registered = Boolean(draft?.server.registered);
  // The draft changes with every keystroke; the log is fetched again when a sync completes, not on each of them.
  const draftId = draft?.id;
  const token = draft?.server.token;
  useEffect(() => {
    if (!draftId || !token || !registered) return;
    let live = true;
    call(answerLog, helpUrls.log(draftId), { method: "GET", headers: auth(token) }).then(
      (body) => live && setLog({ status: "ready", log: body.log }),
      () => live && setLog({ status: "offline" }),
    );
    return () => {
      live = false;
    };
  }, [draftId, token, registered, sync]);
  return draft && !registered ? { status: "offline" } : log;
}

/** For each question, the helper who made its latest stored change, if a helper did. */
export function helpedAnswers(log: AnswerLogEntry[]): Record<string, Extract<Author, { kind: "helper" }>> {
  const latest: Record<string, AnswerLogEntry> = {};
  for (const entry of log) latest[entry.questionId] = entry;
  const helped: Record<string, Extract<Author, { kind: "helper" }>> = {};
  for (const [id, entry] of Object.entries(latest)) if (entry.author.kind === "helper") helped[id] = entry.author;
  return helped;
}
