// Closed-loop load of answer saves with autocannon: each request a fresh change on one of many drafts, with the
// revision that draft's device last saw, and the figures of one run (throughput, latency, failures, load).
import autocannon from "autocannon";
import { lettersOf, type Api, type Change, type Device } from "./api";
import { load, percentile } from "./report";

export interface RunFigures {
  target: string;
  concurrency: number;
  seconds: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  /** Connection errors, timeouts included. */
  errors: number;
  non2xx: number;
  statuses: string;
  loadBefore: string;
  loadAfter: string;
}

// The questions a save touches in turn, each with values that change every time: free text (the message to the
// counsellor, diplomas, address) and names in letters only, as their formats require.
const writers: Array<(n: number) => unknown> = [
  (n) => `Bench${lettersOf(n)}`,
  (n) => `Message ${n} : je cherche un poste le matin, près de chez moi, à temps plein.`,
  (n) => `CAP vente (mis à jour ${n})`,
  (n) => `${(n % 300) + 1} rue des Lilas, 75011 Paris`,
];
const questions = ["first-name", "message-to-counsellor", "diplomas", "address"];

let lastStamp = 0;
/** Each change stamped later than every earlier one, so the server's "last change wins" always stores it. */
const stamp = () => (lastStamp = Math.max(Date.now(), lastStamp + 1));

function nextChange(n: number): Change {
  const which = n % questions.length;
  return { questionId: questions[which]!, value: writers[which]!(n), changedAt: stamp() };
}

/**
 * Drives `concurrency` connections, each sending its next save as soon as the last one is answered, for
 * `seconds`. Drafts are taken in turn: with several times more drafts than connections, no draft has two saves
 * in flight, as with one person per draft. Each save carries the revision its draft's device saw last.
 */
export async function driveSaves(options: {
  target: string;
  url: string;
  pathFor: (device: Device) => string;
  api: Api;
  devices: Device[];
  concurrency: number;
  seconds: number;
}): Promise<RunFigures> {
  const { api, devices } = options;
  let turn = 0;
  const latencies: number[] = [];
  const loadBefore = load();
  const instance = autocannon({
    url: options.url,
    connections: options.concurrency,
    duration: options.seconds,
    timeout: 10,
    requests: [
      {
        method: "POST",
        // The context lives from one request's setup to its response (autocannon resets it between requests).
        setupRequest: (request, context) => {
          const index = turn % devices.length;
          const device = devices[index]!;
          context.device = index;
          const body = JSON.stringify(api.saveBody(device, [nextChange(turn)], { deviceId: "benchdevice" }));
          turn += 1;
          return {
            ...request,
            path: options.pathFor(device),
            headers: { "Content-Type": "application/json", Authorization: `Bearer ${device.token}` },
            body,
          };
        },
        onResponse: (status, body, context) => {
          const device = typeof context.device === "number" ? devices[context.device] : undefined;
          if (status === 200 && device) api.adopt(device, body);
        },
      },
    ],
  });
  // autocannon's own histogram rounds to whole milliseconds; the event carries the exact time.
  instance.on("response", (_client: unknown, _status: number, _bytes: number, responseTime: number) => latencies.push(responseTime));
  const result = await instance;
  latencies.sort((a, b) => a - b);
  return {
    target: options.target,
    concurrency: options.concurrency,
    seconds: result.duration,
    requestsPerSecond: latencies.length / result.duration,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors: result.errors,
    non2xx: result.non2xx,
    statuses: Object.entries(result.statusCodeStats)
      .map(([code, { count }]) => `${code}×${count}`)
      .join(" "),
    loadBefore,
    loadAfter: load(),
  };
}
