// The person's copy as the server keeps it (fetched with this device's token), and the device's sent state kept in
// step with it: a file sent or corrected from another device shows the same here.
import { useEffect, useEffectEvent, useState } from "react";
import { useDraft } from "@/components/draft/DraftProvider";
import { HttpError, auth, call } from "@/lib/drafts/api";
import { sentFileResponse, submissionUrl, type SentFile } from "@/lib/submissions/protocol";

export type SentFileState = { status: "loading" } | { status: "offline" } | { status: "not-sent" } | { status: "ready"; file: SentFile };

export function useSentFile(): SentFileState {
  const { state, setSent } = useDraft();
  const [result, setResult] = useState<SentFileState>({ status: "loading" });
  const draft = state.status === "ready" ? state.draft : null;
  const id = draft?.id;
  const token = draft?.server.registered ? draft.server.token : undefined;

  const adopt = useEffectEvent((file: SentFile) => {
    const kept = draft?.sent;
    if (kept?.reference === file.reference && kept.version === file.version) return;
    // Corrections under way on this device stay open; only a newer version sent elsewhere closes them.
    const correcting = kept?.correcting && kept.version === file.version ? true : undefined;
    // Storage failures are handled inside (the draft moves to memory).
    void setSent({ reference: file.reference, version: file.version, sentAt: file.sentAt, agency: file.agency, ...(correcting ? { correcting } : {}) });
  });

  useEffect(() => {
    if (!id || !token) return;
    let live = true;
    call(sentFileResponse, submissionUrl(id), { method: "GET", headers: auth(token) }).then(
      (file) => {
        if (!live) return;
        setResult({ status: "ready", file });
        adopt(file);
      },
      (error: unknown) => live && setResult({ status: error instanceof HttpError && error.status === 404 ? "not-sent" : "offline" }),
    );
    return () => {
      live = false;
    };
  }, [id, token]);

  if (state.status === "ready" && !token) return { status: "not-sent" };
  return result;
}
