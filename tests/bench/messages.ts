// Measures what answering one free-text question sends and stores, with the old save-per-pause behaviour and the new commit-on-leave one. Prints figures; asserts nothing.
//
//   npm run build && npm run bench:messages
// With BENCH_DATABASE_URL set, the app runs on PostgreSQL; else on embedded PGlite in a data folder of its own.
//
// The person types a 60-character message to the counsellor, one character every 120 ms with a short pause
// after each word, in a draft that already holds 40 answers (late in the file). The typing runs on a simulated
// clock (the rules below decide when a request leaves); every request is then really sent to the built app, on a
// connection of its own, so the bytes on the wire can be counted.
import http from "node:http";
import zlib from "node:zlib";
import { aCompleteFile } from "@/tests/fixtures/answers";
import { Api, newDeviceId, type Change, type Device } from "./support/api";
import { describeMachine, printTable } from "./support/report";
import { startApp } from "./support/servers";

const QUESTION = "message-to-counsellor";
const MESSAGE = "Je cherche un travail le matin, pas loin de chez moi. Merci.";
const KEY_MS = 120;
/** Between words people stop a little longer than between letters: longer than the old 200 ms debounce. */
const WORD_PAUSE_MS = 400;
const OLD_DEBOUNCE_MS = 200;
/** The new client commits after this long without typing, besides Continue, leaving the question and page hide. */
const NEW_IDLE_MS = 3000;

interface Keystroke {
  at: number;
  text: string;
}

interface Commit {
  at: number;
  value: string;
}

/** The field's content after each key, on a clock starting at 0; `thinkAt` adds a 4 s stop after that many characters. */
function typing(text: string, thinkAt?: number): Keystroke[] {
  const keys: Keystroke[] = [];
  let at = 0;
  for (let i = 1; i <= text.length; i += 1) {
    at += text[i - 2] === " " ? WORD_PAUSE_MS : KEY_MS;
    if (i - 1 === thinkAt) at += 4000;
    keys.push({ at, text: text.slice(0, i) });
  }
  return keys;
}

/** Old client: a save each time typing stops for the debounce time, the last one after the last key. */
function oldCommits(keys: Keystroke[]): Commit[] {
  return keys.filter((key, i) => (keys[i + 1]?.at ?? Infinity) - key.at > OLD_DEBOUNCE_MS).map((key) => ({ at: key.at + OLD_DEBOUNCE_MS, value: key.text }));
}

/** New client: a commit after NEW_IDLE_MS without typing, and on Continue (right after the last key) if anything is left. */
function newCommits(keys: Keystroke[]): Commit[] {
  const commits = keys.filter((key, i) => i < keys.length - 1 && keys[i + 1]!.at - key.at > NEW_IDLE_MS).map((key) => ({ at: key.at + NEW_IDLE_MS, value: key.text }));
  const last = keys.at(-1)!;
  if (commits.at(-1)?.value !== last.text) commits.push({ at: last.at + 300, value: last.text });
  return commits;
}

interface Exchange {
  status: number;
  compressed: boolean;
  body: string;
  requestBody: number;
  requestWire: number;
  responseBody: number;
  responseWire: number;
}

/**
 * One POST on a fresh connection, so the socket's byte counts are this exchange's alone (HTTP/1.1 headers
 * included). It asks for gzip as browsers do: the server compresses large JSON, and the wire shows it.
 */
function post(url: string, token: string, body: unknown): Promise<Exchange> {
  const payload = Buffer.from(JSON.stringify(body));
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      {
        method: "POST",
        agent: false,
        headers: {
          "Content-Type": "application/json",
          "Content-Length": payload.length,
          Authorization: `Bearer ${token}`,
          "Accept-Encoding": "gzip, deflate, br",
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("error", reject);
        response.on("end", () => {
          const raw = Buffer.concat(chunks);
          const encoding = response.headers["content-encoding"];
          const decoded = encoding === "gzip" ? zlib.gunzipSync(raw) : encoding === "br" ? zlib.brotliDecompressSync(raw) : encoding === "deflate" ? zlib.inflateSync(raw) : raw;
          resolve({
            status: response.statusCode ?? 0,
            compressed: encoding !== undefined && encoding !== "identity",
            body: decoded.toString(),
            requestBody: payload.length,
            requestWire: response.socket.bytesWritten,
            responseBody: decoded.length,
            responseWire: response.socket.bytesRead,
          });
          response.socket.destroy();
        });
      },
    );
    request.on("error", reject);
    request.end(payload);
  });
}

/** The 40 answers a person has given by the time they reach the last section, as one save from the device. */
function earlierAnswers(now: number): Change[] {
  return Object.entries(aCompleteFile())
    .filter(([questionId]) => questionId !== QUESTION)
    .slice(0, 40)
    .map(([questionId, value], i) => ({ questionId, value, changedAt: now - 60_000 + i }));
}

interface Scenario {
  label: string;
  commits: Commit[];
  /** The old client asked for the whole draft each time; the new one only for what changed since it last saw. */
  baseRevision: (device: Device) => number;
}

async function answerOnce(api: Api, scenario: Scenario) {
  const device = await api.register();
  const start = Date.now();
  await api.save(device, earlierAnswers(start), { deviceId: "benchseed" });
  const logBefore = await api.logLength(device);
  const deviceId = newDeviceId();
  const totals = { requests: 0, requestBody: 0, requestWire: 0, responseBody: 0, responseWire: 0, refused: 0, compressed: 0 };
  for (const commit of scenario.commits) {
    const change = { questionId: QUESTION, value: commit.value, changedAt: start + commit.at };
    const exchange = await post(api.base + api.savePath(device), device.token, api.saveBody(device, [change], { baseRevision: scenario.baseRevision(device), deviceId }));
    totals.requests += 1;
    totals.requestBody += exchange.requestBody;
    totals.requestWire += exchange.requestWire;
    totals.responseBody += exchange.responseBody;
    totals.responseWire += exchange.responseWire;
    if (exchange.compressed) totals.compressed += 1;
    if (exchange.status === 200) api.adopt(device, exchange.body);
    else totals.refused += 1;
  }
  return { ...totals, logRows: (await api.logLength(device)) - logBefore };
}

async function main() {
  console.log(describeMachine());
  const app = await startApp(process.env.BENCH_DATABASE_URL ?? "");
  try {
    const api = await Api.detect(app.url);
    console.log(`app: pid ${app.pid}, ${process.env.BENCH_DATABASE_URL ? "PostgreSQL (BENCH_DATABASE_URL)" : "embedded PGlite"}, contract: ${api.contract}`);
    const keys = typing(MESSAGE);
    const withThought = typing(MESSAGE, 27);
    console.log(`"${MESSAGE}" (${MESSAGE.length} characters, ${MESSAGE.split(" ").length} words), typed in ${(keys.at(-1)!.at / 1000).toFixed(1)} s; draft holds 40 answers\n`);
    const scenarios: Scenario[] = [
      { label: "old: save after each 200 ms pause, whole draft back", commits: oldCommits(keys), baseRevision: () => 0 },
      { label: "new: commit on Continue (typing without stopping)", commits: newCommits(keys), baseRevision: (d) => d.revision },
      { label: "new: same, with one 4 s stop to think mid-sentence", commits: newCommits(withThought), baseRevision: (d) => d.revision },
    ];
    const rows = [];
    let compressed = 0;
    for (const scenario of scenarios) {
      const figures = await answerOnce(api, scenario);
      compressed += figures.compressed;
      rows.push([
        scenario.label,
        figures.requests,
        figures.requestBody,
        figures.requestWire,
        figures.responseBody,
        figures.responseWire,
        figures.logRows,
        figures.refused,
      ]);
    }
    console.log("Per answered question (bytes: the JSON body, and the whole HTTP/1.1 exchange on the wire with this script's headers):\n");
    printTable(["behaviour", "HTTP requests", "request body", "request wire", "response body", "response wire", "answer-log rows added", "refused"], rows);
    console.log(`\n${compressed > 0 ? `${compressed} responses came compressed` : "No response came compressed (the script asks for gzip, as browsers do)"}.`);
    if (api.contract === "legacy") console.log("\n(The server speaks the old contract: every save returns the whole draft, so both behaviours get it back.)");
  } finally {
    await app.stop();
  }
}

void main().then(() => process.exit(0));
