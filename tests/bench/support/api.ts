// The benches' client of the Relais drafts and help API: the new contract (baseRevision in, revisioned deltas
// out), and a fallback for a build that still speaks the old one, so the scripts can be tried before it lands.
import { z } from "zod";

// Loose on purpose (not the strict schemas of lib/drafts/protocol.ts): the same parse must read a build of the
// old contract, which has no revisions, and a bench should report a refused request rather than stop on it.
const entrySchema = z.object({ value: z.unknown(), changedAt: z.number(), revision: z.number().optional() });
const entriesSchema = z.record(z.string(), entrySchema);
const saveResponse = z.object({ revision: z.number().optional(), entries: entriesSchema });
const logResponse = z.object({ log: z.array(z.unknown()) });
const openedResponse = z.object({ joinCode: z.string() });
const joinedResponse = z.object({ sessionId: z.string(), helperToken: z.string() });
/** An SSE `answers` event: a delta `{ revision, entries }` now; the whole map of answers in the old contract. */
const deltaEvent = z.object({ revision: z.number(), entries: entriesSchema });

export type Entries = z.infer<typeof entriesSchema>;

/** `revisions`: the new contract. `legacy`: a build from before it (no baseRevision; every save returns the whole draft). */
export type Contract = "revisions" | "legacy";

export interface Change {
  questionId: string;
  value: unknown;
  changedAt: number;
}

/** One device's hold on a draft: its token and the revision of the draft it has seen. */
export interface Device {
  draftId: string;
  token: string;
  revision: number;
}

const json = (body: unknown, token?: string, headers: Record<string, string> = {}): RequestInit => ({
  method: "POST",
  headers: { "Content-Type": "application/json", ...(token ? { Authorization: `Bearer ${token}` } : {}), ...headers },
  body: JSON.stringify(body),
});

/** A device token as the app makes them: 32 characters of [A-Za-z0-9_-]. */
export const newToken = () => crypto.randomUUID().replace(/-/g, "");

/** A random device id for the answer log (8-64 of [A-Za-z0-9_-]). */
export const newDeviceId = () => `bench${crypto.randomUUID().slice(0, 8)}`;

/** Letters only, unique per n: first names refuse digits. */
export const lettersOf = (n: number): string => (n < 26 ? String.fromCharCode(97 + n) : lettersOf(Math.floor(n / 26) - 1) + String.fromCharCode(97 + (n % 26)));

/** What an answers event says: the revision (when the contract has one) and the entries it carries. */
export function readAnswersEvent(data: string): { revision?: number; entries: Entries } {
  const value: unknown = JSON.parse(data);
  const delta = deltaEvent.safeParse(value);
  return delta.success ? delta.data : { entries: entriesSchema.parse(value) };
}

export class Api {
  constructor(
    readonly base: string,
    readonly contract: Contract = "revisions",
  ) {}

  /**
   * Asks the server which contract it speaks with one save: a build of the old contract refuses the unknown
   * `baseRevision` field (its request schema is strict) with a 400.
   */
  static async detect(base: string): Promise<Api> {
    const api = new Api(base, "revisions");
    const device = await api.register();
    const change = { questionId: "first-name", value: "Bench", changedAt: Date.now() };
    const first = await fetch(`${base}/api/v1/drafts/${device.draftId}/answers`, json(api.saveBody(device, [change]), device.token));
    if (first.ok) return api;
    const legacy = new Api(base, "legacy");
    const second = await fetch(`${base}/api/v1/drafts/${device.draftId}/answers`, json(legacy.saveBody(device, [change]), device.token));
    if (second.ok) return legacy;
    throw new Error(`saves are refused in both contracts: ${first.status} ${await first.text()} / ${second.status} ${await second.text()}`);
  }

  async register(): Promise<Device> {
    const device = { draftId: crypto.randomUUID(), token: newToken(), revision: 0 };
    const response = await fetch(`${this.base}/api/v1/drafts/${device.draftId}`, { ...json({ token: device.token }), method: "PUT" });
    if (response.status !== 201) throw new Error(`register refused: ${response.status} ${await response.text()}`);
    return device;
  }

  /** The body of a save; `baseRevision` defaults to what the device has seen (0: "send me the whole draft"). */
  saveBody(device: Device, changes: Change[], options: { baseRevision?: number; deviceId?: string } = {}) {
    const base = { changes, ...(options.deviceId ? { device: options.deviceId } : {}) };
    return this.contract === "legacy" ? base : { baseRevision: options.baseRevision ?? device.revision, ...base };
  }

  savePath(device: Device) {
    return `/api/v1/drafts/${device.draftId}/answers`;
  }

  /** Reads a save's response body and moves the device to the revision it reports. */
  adopt(device: Device, body: string): Entries {
    const parsed = saveResponse.parse(JSON.parse(body));
    if (parsed.revision !== undefined) device.revision = Math.max(device.revision, parsed.revision);
    return parsed.entries;
  }

  async save(device: Device, changes: Change[], options: { baseRevision?: number; deviceId?: string } = {}): Promise<Entries> {
    const response = await fetch(this.base + this.savePath(device), json(this.saveBody(device, changes, options), device.token));
    const body = await response.text();
    if (!response.ok) throw new Error(`save refused: ${response.status} ${body}`);
    return this.adopt(device, body);
  }

  /** How many rows the draft's answer log holds. */
  async logLength(device: Device): Promise<number> {
    const response = await fetch(`${this.base}/api/v1/drafts/${device.draftId}/log`, { headers: { Authorization: `Bearer ${device.token}` } });
    if (!response.ok) throw new Error(`log refused: ${response.status} ${await response.text()}`);
    return logResponse.parse(await response.json()).log.length;
  }

  /**
   * Opens a help session on the person's draft, has a helper join it and the person accept. `client` stands for
   * the helper's address (x-forwarded-for), so many joins from one machine do not share one rate-limit bucket.
   */
  async pairHelper(device: Device, client: string): Promise<{ sessionId: string; helperToken: string }> {
    const openedAt = await fetch(`${this.base}/api/v1/drafts/${device.draftId}/help`, json({}, device.token));
    if (!openedAt.ok) throw new Error(`help refused: ${openedAt.status} ${await openedAt.text()}`);
    const { joinCode } = openedResponse.parse(await openedAt.json());
    const joinedAt = await fetch(
      `${this.base}/api/v1/help/join`,
      json({ code: joinCode, helper: { role: "volunteer", name: "Bench" }, lang: "fr" }, undefined, { "x-forwarded-for": client }),
    );
    if (!joinedAt.ok) throw new Error(`join refused: ${joinedAt.status} ${await joinedAt.text()}`);
    const joined = joinedResponse.parse(await joinedAt.json());
    const decided = await fetch(`${this.base}/api/v1/help/${joined.sessionId}/decision`, json({ accept: true }, device.token));
    if (!decided.ok) throw new Error(`decision refused: ${decided.status} ${await decided.text()}`);
    return joined;
  }
}
