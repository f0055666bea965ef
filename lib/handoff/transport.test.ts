// The live stream's reconnection policy, against a fake server and a fake clock: how many requests each kind of server gets.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { BACKOFF_MAX_MS, STABLE_MS, backoffDelay, openEventStream, type EventStreamOptions } from "./transport";

type Answer = (request: { signal: AbortSignal; lastEventId: string | null }) => Response;

/** A fake fetch and clock: timers run only when the test moves the clock, so every request is counted. */
function harness(answer: Answer, overrides: Partial<EventStreamOptions> = {}) {
  let clock = 0;
  const timers: Array<{ at: number; run: () => void; id: number }> = [];
  let nextId = 0;
  const requests: Array<{ at: number; lastEventId: string | null }> = [];
  const events: Array<{ event: string; data: unknown }> = [];
  const gone: number[] = [];
  const delays: number[] = [];

  const options: EventStreamOptions = {
    url: "/api/v1/help/s/events",
    token: "t".repeat(32),
    onEvent: (event, data) => events.push({ event, data }),
    onGone: (status) => gone.push(status),
    // Answers later, with a failure as a rejection, as fetch does.
    fetch: (_url, init) =>
      new Promise<Response>((resolve) => {
        const headers = new Headers(init?.headers);
        const lastEventId = headers.get("last-event-id");
        requests.push({ at: clock, lastEventId });
        if (init?.signal?.aborted) throw new DOMException("aborted", "AbortError");
        resolve(answer({ signal: init!.signal!, lastEventId }));
      }),
    setTimeout: (run, ms) => {
      delays.push(ms);
      const timer = { at: clock + ms, run, id: nextId++ };
      timers.push(timer);
      return timer.id;
    },
    clearTimeout: (id) => {
      const index = timers.findIndex((t) => t.id === id);
      if (index !== -1) timers.splice(index, 1);
    },
    now: () => clock,
    // The top of the jitter range: the longest waits, so the counts below are the most a client can make.
    random: () => 1,
    ...overrides,
  };

  /** Lets the streams, the parser and the awaits run (they finish in a few turns of the event loop). */
  const settle = async () => {
    for (let i = 0; i < 20; i += 1) await new Promise((resolve) => setImmediate(resolve));
  };

  /** Moves the fake clock, running each timer that falls due on the way. */
  const advance = async (ms: number) => {
    const end = clock + ms;
    await settle();
    for (;;) {
      timers.sort((a, b) => a.at - b.at);
      const due = timers[0];
      if (!due || due.at > end) break;
      timers.shift();
      clock = due.at;
      due.run();
      await settle();
    }
    clock = end;
    await settle();
  };

  return { options, requests, events, gone, delays, advance, settle, pendingTimers: () => timers.length, setClock: (at: number) => (clock = at) };
}

const sse = (text: string, status = 200, headers: Record<string, string> = {}) =>
  new Response(text, { status, headers: { "Content-Type": "text/event-stream", ...headers } });

/** A stream that stays open until the client aborts it. */
function openStream(signal: AbortSignal, first = 'event: state\ndata: {"status":"active"}\n\n') {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode(first));
      signal.addEventListener("abort", () => controller.error(new DOMException("aborted", "AbortError")));
    },
  });
  return new Response(body, { status: 200, headers: { "Content-Type": "text/event-stream" } });
}

describe("a stream the server closes at once is not hammered", () => {
  it("waits longer after each quick close, up to 30 s, even though every fetch succeeds and sends an event", async () => {
    const h = harness(() => sse('event: state\ndata: {"status":"active"}\n\n'));
    const stop = openEventStream(h.options);
    await h.advance(120_000);
    stop();
    // 1, 2, 4, 8, 16, 30, 30… seconds: t = 0, 1, 3, 7, 15, 31, 61, 91 within two minutes.
    assert.deepEqual(
      h.requests.map((r) => r.at),
      [0, 1_000, 3_000, 7_000, 15_000, 31_000, 61_000, 91_000],
    );
    assert.equal(Math.max(...h.delays), BACKOFF_MAX_MS);
    assert.equal(h.events.length, h.requests.length);
  });

  it("never waits less than half the step: jitter spreads clients out without bringing back the storm", () => {
    for (let attempt = 0; attempt < 10; attempt += 1) {
      const ceiling = Math.min(BACKOFF_MAX_MS, 1000 * 2 ** attempt);
      assert.equal(backoffDelay(attempt, () => 0), ceiling / 2);
      assert.equal(backoffDelay(attempt, () => 1), ceiling);
    }
  });

  it("starts from the first step again after a connection that stayed open", async () => {
    let calls = 0;
    const h = harness(({ signal }) => {
      calls += 1;
      // Two quick closes, then one connection the server ends after a minute, then quick closes again.
      if (calls === 3) {
        const body = new ReadableStream<Uint8Array>({
          start(controller) {
            controller.enqueue(new TextEncoder().encode('event: state\ndata: {"status":"active"}\n\n'));
            signal.addEventListener("abort", () => controller.error(new DOMException("aborted", "AbortError")));
            endLater = () => controller.close();
          },
        });
        return new Response(body, { status: 200 });
      }
      return sse('event: state\ndata: {"status":"active"}\n\n');
    });
    let endLater = () => {};
    const stop = openEventStream(h.options);
    await h.advance(3_000); // requests at 0, 1 s, 3 s; the third stays open
    assert.equal(h.requests.length, 3);
    await h.advance(STABLE_MS + 10_000);
    endLater();
    await h.settle();
    stop();
    assert.deepEqual(h.delays, [1_000, 2_000, 1_000]);
  });

  it("waits as long as a 429 or 503 asks, and keeps trying", async () => {
    const h = harness(() => sse('{"error":"too-many-streams"}', 429, { "Retry-After": "10" }));
    const stop = openEventStream(h.options);
    await h.advance(25_000);
    stop();
    assert.deepEqual(
      h.requests.map((r) => r.at),
      [0, 10_000, 20_000],
    );
    assert.deepEqual(h.gone, []);
  });
});

describe("a session that is over stops the stream for good", () => {
  for (const status of [401, 403, 404, 409, 410]) {
    it(`makes exactly one request on ${status} and says the session is gone`, async () => {
      const h = harness(() => sse('{"error":"session-ended"}', status));
      openEventStream(h.options);
      await h.advance(300_000);
      assert.equal(h.requests.length, 1);
      assert.deepEqual(h.gone, [status]);
      assert.equal(h.pendingTimers(), 0);
    });
  }

  it("makes no request after being closed, whether connected or waiting to reconnect", async () => {
    const connected = harness(({ signal }) => openStream(signal));
    const stop = openEventStream(connected.options);
    await connected.settle();
    assert.equal(connected.events.length, 1);
    stop();
    await connected.advance(300_000);
    assert.equal(connected.requests.length, 1);
    assert.equal(connected.pendingTimers(), 0);

    const waiting = harness(() => sse(""));
    const stopWaiting = openEventStream(waiting.options);
    await waiting.settle();
    assert.equal(waiting.pendingTimers(), 1);
    stopWaiting();
    await waiting.advance(300_000);
    assert.equal(waiting.requests.length, 1);
  });

  it("delivers nothing more once a handler closed the stream (the state said ended)", async () => {
    let stop = () => {};
    const h = harness(() => sse('event: state\ndata: {"status":"ended"}\n\nevent: state\ndata: {"status":"late"}\n\n'), {
      onEvent: (_event, data) => {
        seen.push(data);
        stop();
      },
    });
    const seen: unknown[] = [];
    stop = openEventStream(h.options);
    await h.advance(300_000);
    assert.deepEqual(seen, [{ status: "ended" }]);
    assert.equal(h.requests.length, 1);
  });
});

describe("a reconnection asks only for what changed", () => {
  it("starts from the caller's revision, then sends back the last id received", async () => {
    let calls = 0;
    const h = harness(() => {
      calls += 1;
      if (calls === 1) return sse('id: 15\nevent: answers\ndata: {"revision":15,"entries":{}}\n\nevent: ping\ndata: 1\n\n');
      return sse("");
    }, { startRevision: () => 12 });
    const stop = openEventStream(h.options);
    await h.advance(4_000);
    stop();
    assert.deepEqual(
      h.requests.map((r) => r.lastEventId),
      ["12", "15", "15"],
    );
  });

  it("asks the caller again while no id has arrived, and sends 0 when it has nothing", async () => {
    let revision: number | undefined = undefined;
    const h = harness(() => sse(""), { startRevision: () => revision });
    const stop = openEventStream(h.options);
    await h.settle();
    revision = 4;
    await h.advance(1_000);
    stop();
    assert.deepEqual(
      h.requests.map((r) => r.lastEventId),
      ["0", "4"],
    );
  });
});
