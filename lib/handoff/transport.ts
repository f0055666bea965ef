// Transport of a live session: an event stream read with fetch (token in a header, never in the URL), with
// reconnection, and small authenticated POSTs. No session logic here.
import { auth } from "@/lib/drafts/api";
import { createSseParser } from "./sse";

export function openEventStream(url: string, token: string, onEvent: (event: string, data: unknown) => void, onGone: () => void): () => void {
  const controller = new AbortController();
  let stopped = false;
  const run = async (attempt: number): Promise<void> => {
    try {
      const response = await fetch(url, { headers: { ...auth(token), Accept: "text/event-stream" }, signal: controller.signal, cache: "no-store" });
      // The session is gone (ended, refused, unknown): no point reconnecting.
      if (response.status === 404 || response.status === 401) return onGone();
      if (!response.ok || !response.body) throw new Error(`events ${response.status}`);
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      const parse = createSseParser();
      attempt = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        for (const event of parse(value)) onEvent(event.event, JSON.parse(event.data));
      }
    } catch {
      if (stopped) return;
    }
    if (stopped) return;
    await new Promise((resolve) => setTimeout(resolve, Math.min(1000 * 2 ** attempt, 15_000)));
    return run(attempt + 1);
  };
  void run(0);
  return () => {
    stopped = true;
    controller.abort();
  };
}

export async function postAction(url: string, token: string, body: unknown = {}): Promise<Response> {
  return fetch(url, { method: "POST", headers: { ...auth(token), "Content-Type": "application/json" }, body: JSON.stringify(body), cache: "no-store" });
}
