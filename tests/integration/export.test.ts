// The export for agency systems, through its route handlers on every database: API keys (hashed, revocable),
// files valid against the published JSON Schema, another agency's file is 404, the cursor, the access log.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import Ajv2020 from "ajv/dist/2020";
import { GET as getSchema } from "@/app/api/v1/schema/submission.json/route";
import { GET as listFiles } from "@/app/api/v1/agency/submissions/route";
import { GET as getFile } from "@/app/api/v1/agency/submissions/[reference]/route";
import { createApiKey, listApiKeys, readExportPage, revokeApiKey, verifyApiKey, START_CURSOR, decodeCursor } from "@/lib/server/apiKeys";
import { hashSecret } from "@/lib/server/crypto";
import type { Db } from "@/lib/server/db";
import { registerDraft, saveChanges } from "@/lib/server/drafts";
import { addAgency, sendSubmission } from "@/lib/server/submissions";
import { toExported, type ExportedList, type ExportedSubmission } from "@/lib/submissions/schema";
import type { AnswerValue } from "@/lib/questionnaire/types";
import { lyon3, paris11 } from "@/tests/fixtures/agencies";
import { aCompleteFile } from "@/tests/fixtures/answers";
import { openPglite, openThrowawayPostgres, serveFrom } from "./databases";

const ORIGIN = "http://relais.test";
const get = (path: string, key?: string) => new Request(`${ORIGIN}${path}`, { headers: key ? { Authorization: `Bearer ${key}` } : {} });
const one = (reference: string, key?: string) => getFile(get(`/api/v1/agency/submissions/${reference}`, key), { params: Promise.resolve({ reference }) });
const list = (key: string, query = "") => listFiles(get(`/api/v1/agency/submissions${query}`, key));

async function aSentFile(db: Db, agencyId: string, overrides: Record<string, AnswerValue> = {}) {
  const id = crypto.randomUUID();
  const token = crypto.randomUUID().replace(/-/g, "");
  assert.equal((await registerDraft(db, id, token)).status, "created");
  const answers = aCompleteFile(overrides);
  const changes = Object.entries(answers).map(([questionId, value], i) => ({
    questionId,
    value,
    changedAt: 1_000 + i,
    // A volunteer typed the phone number for the person, at the kiosk.
    ...(questionId === "phone" ? { author: { kind: "helper" as const, role: "volunteer" as const, name: "Camille" } } : {}),
  }));
  const saved = await saveChanges(db, id, token, 0, changes, { via: "own-device", device: "kiosk" });
  assert.ok(saved.status === "saved");
  const sent = await sendSubmission(db, id, token, { revision: saved.revision, agencyId, lang: "ar" });
  assert.ok(sent.status === "sent", sent.status);
  return { draftId: id, token, revision: saved.revision, reference: sent.reference };
}

/** Files are listed once settled (a minute after sending): the tests move the clock by ageing the rows. */
const settle = (db: Db) => db.query("UPDATE submissions SET sent_at = sent_at - interval '2 minutes' WHERE sent_at > now() - interval '2 minutes'");

function contract(name: string, open: () => Promise<{ db: Db; close: () => Promise<void> }>) {
  describe(`the export on ${name}`, () => {
    let db: Db;
    let close: () => Promise<void>;
    let restore: () => void;
    let validate: ReturnType<Ajv2020["compile"]>;
    before(async () => {
      ({ db, close } = await open());
      restore = serveFrom(db);
      await addAgency(db, paris11);
      await addAgency(db, lyon3);
      const response = getSchema(get("/api/v1/schema/submission.json"));
      // Formats are not checked here: ajv-formats is not a dependency, and sentAt also carries zod's pattern.
      validate = new Ajv2020({ strict: true, validateFormats: false, allErrors: true }).compile(await response.json());
    });
    after(async () => {
      restore();
      await close();
    });

    it("shows a new API key once: the database holds only its hash, the list never the key", async () => {
      const created = await createApiKey(db, paris11.id, "Paris 11 case software");
      assert.match(created.key, /^rls_[A-Za-z0-9_-]{43}$/);
      const { rows } = await db.query<Record<string, unknown>>("SELECT * FROM api_keys WHERE id = $1", [created.id]);
      assert.equal(rows.length, 1);
      assert.ok(!JSON.stringify(rows).includes(created.key.slice(4)), "the key is not stored");
      assert.equal(rows[0]!.key_hash, hashSecret(created.key));
      const keys = await listApiKeys(db, paris11.id);
      assert.deepEqual(Object.keys(keys.find((k) => k.id === created.id)!).sort(), ["createdAt", "id", "name", "revokedAt"]);
      assert.ok(!JSON.stringify(keys).includes(created.key.slice(4)));
      assert.deepEqual(await verifyApiKey(db, created.key), { id: created.id, agencyId: paris11.id });
      assert.equal(await verifyApiKey(db, `${created.key.slice(0, -1)}x`), null);
    });

    it("answers 401 without a key, with an unknown key, and with a revoked key", async () => {
      const { reference } = await aSentFile(db, paris11.id);
      const created = await createApiKey(db, paris11.id, "to revoke");
      assert.equal((await one(reference, created.key)).status, 200);
      for (const response of [await one(reference), await one(reference, "rls_nope"), await list("not-a-key")]) {
        assert.equal(response.status, 401);
        assert.match(response.headers.get("www-authenticate") ?? "", /^Bearer/);
      }
      assert.equal(await revokeApiKey(db, lyon3.id, created.id), false, "another agency cannot revoke it");
      assert.equal(await revokeApiKey(db, paris11.id, created.id), true);
      assert.equal(await revokeApiKey(db, paris11.id, created.id), false, "already revoked");
      assert.equal((await one(reference, created.key)).status, 401);
      assert.equal((await list(created.key)).status, 401);
      assert.ok((await listApiKeys(db, paris11.id)).find((k) => k.id === created.id)!.revokedAt);
    });

    it("gives the agency its file as JSON valid against the published schema, and logs the read", async () => {
      const { reference } = await aSentFile(db, paris11.id, {
        "message-to-counsellor": "أحتاج إلى مساعدة في السكن",
        health: ["NON_ABORDEE"],
        "help-needs": { N15: "NEED", N9: "NEED", N1: "STRENGTH", N4: "NOT_NOW" },
      });
      const { key, id: keyId } = await createApiKey(db, paris11.id, "case software");
      const response = await one(reference, key);
      assert.equal(response.status, 200);
      assert.equal(response.headers.get("cache-control"), "no-store");
      const file = (await response.json()) as ExportedSubmission;
      assert.ok(validate(file), JSON.stringify(validate.errors));
      assert.equal(file.reference, reference);
      assert.equal(file.version, 1);
      assert.equal(file.lang, "ar");
      assert.deepEqual(file.agency, paris11);
      assert.equal(file.answers["message-to-counsellor"], "أحتاج إلى مساعدة في السكن");
      assert.deepEqual(file.answers.health, ["NON_ABORDEE"]);
      // The needs, answered once as a grid, leave as the two lists agency systems read; "not now" is in neither.
      assert.deepEqual(file.answers["help-needs"], ["N9", "N15"]);
      assert.deepEqual(file.answers.strengths, ["N1"]);
      assert.deepEqual(file.helped.phone, { role: "volunteer", name: "Camille", via: "same-device" });
      const { rows } = await db.query<{ api_key_id: string; staff_id: string | null; version: number }>(
        "SELECT api_key_id, staff_id, version FROM access_log WHERE reference = $1",
        [reference],
      );
      assert.deepEqual(rows.map((r) => ({ ...r, version: Number(r.version) })), [{ api_key_id: keyId, staff_id: null, version: 1 }]);
    });

    it("answers 404 for another agency's file and for references that do not exist, logging nothing", async () => {
      const { reference } = await aSentFile(db, paris11.id);
      const lyon = await createApiKey(db, lyon3.id, "Lyon software");
      assert.equal((await one(reference, lyon.key)).status, 404);
      assert.equal((await one("RLS-0000-0000", lyon.key)).status, 404);
      assert.equal((await one("../../etc", lyon.key)).status, 404);
      const { rows } = await db.query("SELECT 1 FROM access_log WHERE reference = $1", [reference]);
      assert.equal(rows.length, 0);
    });

    it("lists the agency's files oldest first, page by page with the cursor, each version once, each read logged", async () => {
      const { key, id: keyId } = await createApiKey(db, lyon3.id, "Lyon sync");
      const a = await aSentFile(db, lyon3.id);
      const b = await aSentFile(db, lyon3.id);
      await aSentFile(db, paris11.id);
      // A correction of a: version 2 of the same reference, after b.
      const corrected = await saveChanges(db, a.draftId, a.token, a.revision, [{ questionId: "phone", value: "07 00 00 00 00", changedAt: 9_000 }], {
        via: "own-device",
        device: "phone",
      });
      assert.ok(corrected.status === "saved");
      assert.equal((await sendSubmission(db, a.draftId, a.token, { revision: corrected.revision, agencyId: lyon3.id, lang: "ar" })).status, "sent");
      await settle(db);

      const first = await list(key, "?limit=2");
      assert.equal(first.status, 200);
      assert.equal(first.headers.get("cache-control"), "no-store");
      const page1 = (await first.json()) as ExportedList;
      assert.deepEqual(page1.submissions.map((f) => [f.reference, f.version]), [[a.reference, 1], [b.reference, 1]]);
      assert.equal(page1.hasMore, true);
      for (const file of page1.submissions) assert.ok(validate(file), JSON.stringify(validate.errors));

      const page2 = (await (await list(key, `?limit=2&since=${page1.next}`)).json()) as ExportedList;
      assert.deepEqual(page2.submissions.map((f) => [f.reference, f.version]), [[a.reference, 2]]);
      assert.equal(page2.hasMore, false);

      // Nothing new: the same cursor comes back, to poll again later.
      const page3 = (await (await list(key, `?since=${page2.next}`)).json()) as ExportedList;
      assert.deepEqual(page3, { submissions: [], next: page2.next, hasMore: false });

      const { rows } = await db.query<{ reference: string; version: number }>("SELECT reference, version FROM access_log WHERE api_key_id = $1 ORDER BY id", [keyId]);
      assert.deepEqual(rows.map((r) => [r.reference, Number(r.version)]), [[a.reference, 1], [b.reference, 1], [a.reference, 2]]);

      // The single file is the latest version.
      assert.equal(((await (await one(a.reference, key)).json()) as ExportedSubmission).version, 2);
      assert.equal((await list(key, "?since=garbage")).status, 400);
      assert.equal((await list(key, "?limit=0")).status, 400);
    });

    it("lists a file only once it is settled, so a slow sending is never skipped by a cursor", async () => {
      const { key } = await createApiKey(db, paris11.id, "settle");
      const before = await readExportPage(db, (await verifyApiKey(db, key))!, decodeCursor(START_CURSOR)!, 200);
      const fresh = await aSentFile(db, paris11.id);
      const now = await readExportPage(db, (await verifyApiKey(db, key))!, before.next, 200);
      assert.deepEqual(now.files, []);
      const later = await readExportPage(db, (await verifyApiKey(db, key))!, before.next, 200, Date.now() + 61_000);
      assert.deepEqual(later.files.map((f) => f.reference), [fresh.reference]);
    });

    it("publishes a JSON Schema 2020-12 with its own address", async () => {
      const response = getSchema(get("/api/v1/schema/submission.json"));
      assert.equal(response.status, 200);
      assert.match(response.headers.get("content-type") ?? "", /application\/schema\+json/);
      const schema = (await response.json()) as Record<string, unknown>;
      assert.equal(schema.$schema, "https://json-schema.org/draft/2020-12/schema");
      assert.equal(schema.$id, `${ORIGIN}/api/v1/schema/submission.json`);
      assert.ok(!validate({ schemaVersion: 1, reference: "RLS-0000-0000" }), "an incomplete file is refused");
      const { answers } = schema.properties as { answers: { properties: Record<string, { description?: string; type?: string }> } };
      // The needs' one answer is described as the two lists it is written as.
      assert.equal(answers.properties["help-needs"]?.type, "array");
      assert.equal(answers.properties.strengths?.type, "array");
      assert.match(answers.properties.strengths?.description ?? "", /strength/);
    });

    it("exports a file sent before the needs were one answer (two lists) as it was sent", () => {
      const file = toExported({
        reference: "RLS-0000-0001",
        version: 1,
        sentAt: "2026-11-30T10:00:00.000Z",
        lang: "fr",
        questionnaireVersion: "2026-12-01",
        agency: paris11,
        answers: { "first-name": "Awa", "help-needs": ["N9", "N15"], strengths: ["N1"] },
        helped: {},
      });
      assert.ok(validate(file), JSON.stringify(validate.errors));
      assert.deepEqual([file.answers["help-needs"], file.answers.strengths], [["N9", "N15"], ["N1"]]);
    });
  });
}

contract("embedded PGlite", openPglite);

const serverUrl = process.env.DATABASE_URL;
if (serverUrl) {
  contract("PostgreSQL", () => openThrowawayPostgres(serverUrl, "export"));
}
