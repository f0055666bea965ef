// The hardened surface, through the route handlers and the proxy on every database: strict content types, methods,
// help actions, where a client's address comes from, and rate limits that neither lock others out nor give way to
// rotated headers.
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, request } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { NextRequest } from "next/server";
import type { Db } from "@/lib/server/db";
import { PUT as register } from "@/app/api/v1/drafts/[draftId]/route";
import { POST as openHelp } from "@/app/api/v1/drafts/[draftId]/help/route";
import { POST as join } from "@/app/api/v1/help/join/route";
import { POST as act } from "@/app/api/v1/help/[sessionId]/[action]/route";
import { POST as resume } from "@/app/api/v1/resume/route";
import { clientAddress, clientIdentity, peerHeader, recordPeerAddresses } from "@/lib/server/clientAddress";
import { isJsonContentType } from "@/lib/server/http";
import { forgetServerSecret } from "@/lib/server/secret";
import { RESUME_MAX_FAILURES, RESUME_MAX_FAILURES_ALL } from "@/lib/server/drafts";
// @ts-expect-error: a plain build script, no types.
import { exportedMethods, routeHandlers } from "@/scripts/security-manifest.mjs";
import { ACTION_LIMITS, proxy } from "@/proxy";
import { openPglite, openThrowawayPostgres, serveFrom } from "./databases";

// The proxy reads the routes' methods (on its first request) from the manifest the build writes: the same
// function writes one here.
const manifestDir = mkdtempSync(path.join(tmpdir(), "relais-security-"));
process.env.RELAIS_SECURITY_MANIFEST = path.join(manifestDir, "relais-security.json");
const apiRoutes = (routeHandlers as (dir: string) => Array<{ pattern: string; methods: string[] }>)(path.resolve("app/api"));
writeFileSync(process.env.RELAIS_SECURITY_MANIFEST, JSON.stringify({ pages: {}, notFound: { scripts: [], styles: [], styleAttributes: [] }, api: apiRoutes }));

const token = () => crypto.randomUUID().replace(/-/g, "");
const bearer = (t: string) => ({ Authorization: `Bearer ${t}` });
const post = (body: unknown, headers: Record<string, string> = {}) =>
  new Request("http://relais.test/api", { method: "POST", headers: { "Content-Type": "application/json", ...headers }, body: JSON.stringify(body) });
const randomAddress = () => `198.18.${Math.floor(Math.random() * 256)}.${Math.floor(Math.random() * 256)}`;
/** A request from a client at `socket` that also sends a forwarded-for header of its choosing. */
const from = (socket: string, forwarded = randomAddress()) => ({ ...peerHeader(socket), "X-Forwarded-For": forwarded });

describe("content types", () => {
  const table: Array<[string | null, boolean]> = [
    ["application/json", true],
    ["application/json; charset=utf-8", true],
    ["Application/JSON ;charset=UTF-8", true],
    [null, false],
    ["", false],
    ["text/plain", false],
    ["text/plain; x=application/json", false],
    ["text/plain;application/json", false],
    ["application/x-www-form-urlencoded", false],
    ["multipart/form-data; boundary=application/json", false],
    ["application/json-patch+json", false],
    ["application/jsonp", false],
  ];
  for (const [type, accepted] of table) {
    it(`${accepted ? "accepts" : "refuses with 415"} ${JSON.stringify(type)}`, async () => {
      assert.equal(isJsonContentType(type), accepted);
      const headers: Record<string, string> = type === null ? {} : { "Content-Type": type };
      const response = await resume(new Request("http://relais.test/api/v1/resume", { method: "POST", headers, body: "{}" }));
      if (accepted) assert.notEqual(response.status, 415);
      else {
        assert.equal(response.status, 415);
        assert.equal(response.headers.get("cache-control"), "no-store");
      }
    });
  }
});

describe("methods", () => {
  const call = (method: string, pathname: string, headers: Record<string, string> = {}) =>
    proxy(new NextRequest(`http://relais.test${pathname}`, { method, headers }));
  const table: Array<[string, string, number | null, string?]> = [
    ["DELETE", "/api/v1/resume", 405, "POST, OPTIONS"],
    ["GET", "/api/v1/resume", 405, "POST, OPTIONS"],
    ["PATCH", "/api/v1/help/join", 405, "POST, OPTIONS"],
    ["POST", "/api/health", 405, "GET, OPTIONS, HEAD"],
    ["DELETE", `/api/v1/drafts/${crypto.randomUUID()}/answers`, 405, "POST, OPTIONS"],
    ["PUT", `/api/v1/help/${crypto.randomUUID()}/events`, 405, "GET, OPTIONS, HEAD"],
    ["DELETE", "/fr", 405, "GET, HEAD"],
    ["POST", "/fr/questions/first-name", 405, "GET, HEAD"],
    ["PUT", "/sw.js", 405, "GET, HEAD"],
    ["POST", "/api/v1/resume", null],
    ["GET", `/api/v1/drafts/${crypto.randomUUID()}`, null],
    ["HEAD", "/api/health", null],
    ["OPTIONS", "/api/v1/help/join", null],
    ["GET", "/fr/questions/first-name", null],
  ];
  it("sends a page's form posted without scripts back to the page, with nothing of the form in the address", async () => {
    const response = await call("POST", "/fr/resume", { "content-type": "application/x-www-form-urlencoded" });
    assert.equal(response.status, 303);
    assert.equal(response.headers.get("location"), "http://relais.test/fr/resume");
    assert.equal((await call("POST", "/api/health", { "content-type": "application/x-www-form-urlencoded" })).status, 405);
  });
  for (const [method, pathname, status, allow] of table) {
    it(`${method} ${pathname.replace(/[0-9a-f-]{36}/, "{id}")} ${status ? `is ${status} with Allow: ${allow}` : "goes on to the route"}`, async () => {
      const response = await call(method, pathname);
      if (status === null) {
        assert.equal(response.headers.get("x-middleware-next"), "1");
        return;
      }
      assert.equal(response.status, status);
      assert.equal(response.headers.get("allow"), allow);
      assert.match(response.headers.get("content-security-policy") ?? "", /frame-ancestors 'none'/);
    });
  }

  it("answers TRACE with 405, not 500: the socket recorder hands it to the proxy marked, as OPTIONS", async () => {
    recordPeerAddresses();
    const seen = await new Promise<{ method: string; headers: Record<string, string> }>((resolve) => {
      const server = createServer((req, res) => {
        resolve({ method: req.method ?? "", headers: req.headers as Record<string, string> });
        res.end();
        server.close();
      }).listen(0, "127.0.0.1", () => {
        // fetch refuses TRACE itself (a forbidden method, which is why Next fails on it): a raw request, as a client.
        const port = (server.address() as { port: number }).port;
        request({ port, host: "127.0.0.1", method: "TRACE", path: "/api/v1/resume", headers: { "x-relais-method": "forged GET" } }).end();
      });
    });
    assert.equal(seen.method, "OPTIONS");
    const response = await call(seen.method, "/api/v1/resume", seen.headers);
    assert.equal(response.status, 405);
    assert.equal(response.headers.get("allow"), "POST, OPTIONS");
    // A marker header sent by a client is not the recorder's: an OPTIONS stays an OPTIONS.
    assert.equal((await call("OPTIONS", "/api/v1/resume", { "x-relais-method": "forged TRACE" })).headers.get("x-middleware-next"), "1");
  });

  it("reads each route's methods from its source exactly as the module exports them", async () => {
    for (const file of apiRoutes) {
      const relative = file.pattern.slice(2, -1).replace(/\[\^\/\]\+/g, "[id]").replace(/\\\./g, ".");
      assert.ok(file.methods.length > 0, relative);
    }
    const source = readFileSync("app/api/v1/drafts/[draftId]/route.ts", "utf8");
    assert.deepEqual((exportedMethods as (s: string) => string[])(source).sort(), ["DELETE", "GET", "PUT"]);
    const routeModule = (await import("@/app/api/v1/drafts/[draftId]/route")) as Record<string, unknown>;
    assert.deepEqual(Object.keys(routeModule).filter((k) => /^[A-Z]+$/.test(k)).sort(), ["DELETE", "GET", "PUT"]);
  });
});

describe("where a client's address comes from", () => {
  const headers = (h: Record<string, string>) => new Headers(h);
  const trusting = (list: string, run: () => void) => {
    const before = process.env.RELAIS_TRUSTED_PROXIES;
    process.env.RELAIS_TRUSTED_PROXIES = list;
    try {
      run();
    } finally {
      if (before === undefined) delete process.env.RELAIS_TRUSTED_PROXIES;
      else process.env.RELAIS_TRUSTED_PROXIES = before;
    }
  };

  it("is the socket, whatever X-Forwarded-For says, when the socket is not a trusted proxy", () => {
    trusting("", () => {
      assert.equal(clientAddress(headers(from("203.0.113.7", "1.2.3.4"))), "203.0.113.7");
      assert.equal(clientAddress(headers(from("::ffff:203.0.113.7"))), "203.0.113.7");
    });
    trusting("10.0.0.0/8", () => assert.equal(clientAddress(headers(from("203.0.113.7", "10.0.0.1"))), "203.0.113.7"));
  });

  it("is the right-most untrusted X-Forwarded-For entry behind a trusted proxy", () => {
    trusting("10.0.0.0/8, 2001:db8:ffff::/48, 192.0.2.10", () => {
      assert.equal(clientAddress(headers(from("10.1.2.3", "6.6.6.6, 198.51.100.4"))), "198.51.100.4");
      assert.equal(clientAddress(headers(from("10.1.2.3", "6.6.6.6, 198.51.100.4, 192.0.2.10"))), "198.51.100.4");
      assert.equal(clientAddress(headers(from("2001:db8:ffff::1", "198.51.100.4:5123"))), "198.51.100.4");
      assert.equal(clientAddress(headers(from("192.0.2.10", "[2001:db8::7]:443"))), "2001:db8::7");
    });
  });

  it("ignores a forged socket header (no process mark) and counts IPv6 clients by /64", () => {
    trusting("", () => {
      assert.equal(clientAddress(headers({ "x-relais-peer": "guess 192.0.2.1", "X-Forwarded-For": "198.51.100.9" })), "198.51.100.9");
      assert.equal(clientIdentity(headers(from("2001:db8:1:2:aaaa::1"))), clientIdentity(headers(from("2001:db8:1:2:bbbb:cccc:dddd:eeee"))));
      assert.notEqual(clientIdentity(headers(from("2001:db8:1:2::1"))), clientIdentity(headers(from("2001:db8:1:3::1"))));
    });
  });

  it("records the socket's address for real requests, overwriting what the client sent", async () => {
    recordPeerAddresses();
    const address = await new Promise<string>((resolve) => {
      const server = createServer((req, res) => {
        const h = new Headers(req.headers as Record<string, string>);
        resolve(clientAddress(h));
        res.end();
        server.close();
      }).listen(0, "127.0.0.1", () => {
        const port = (server.address() as { port: number }).port;
        fetch(`http://127.0.0.1:${port}/`, { headers: { "x-relais-peer": "x 6.6.6.6", "X-Forwarded-For": "7.7.7.7" } }).catch(() => {});
      });
    });
    assert.equal(address, "127.0.0.1");
  });
});

function limits(name: string, open: () => Promise<{ db: Db; close: () => Promise<void> }>) {
  describe(`rate limits on ${name}`, () => {
    let db: Db;
    let close: () => Promise<void>;
    let restore: () => void;
    before(async () => {
      const opened = await open();
      db = opened.db;
      close = opened.close;
      restore = serveFrom(opened.db);
      forgetServerSecret();
    });
    after(async () => {
      restore();
      forgetServerSecret();
      await close();
    });

    async function aDraft() {
      const id = crypto.randomUUID();
      const mine = token();
      const response = await register(new Request("http://relais.test/x", { method: "PUT", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ token: mine }) }), {
        params: Promise.resolve({ draftId: id }),
      });
      return { id, token: mine, ...((await response.json()) as { resumeCode: string }) };
    }
    const wrongCode = () => "Z".repeat(11) + "0123456789ABCDEFGHJKMNPQRSTVWXYZ"[Math.floor(Math.random() * 32)];

    it("stops an attacker rotating X-Forwarded-For after 10 wrong codes, and another client's right code still opens", async () => {
      const attacker = "203.0.113.66";
      for (let i = 0; i < RESUME_MAX_FAILURES; i += 1) assert.equal((await resume(post({ code: wrongCode() }, from(attacker)))).status, 404);
      const refused = await resume(post({ code: wrongCode() }, from(attacker)));
      assert.equal(refused.status, 429);
      assert.equal(refused.headers.get("retry-after"), "600");
      const draft = await aDraft();
      assert.equal((await resume(post({ code: draft.resumeCode }, from(attacker)))).status, 429);
      assert.equal((await resume(post({ code: draft.resumeCode }, from("198.51.100.20")))).status, 200);
      assert.equal((await resume(post({ code: wrongCode() }, from("198.51.100.21")))).status, 404);
    });

    it("keys clients with the server's secret: no address in the table, and a secret kept with the data", async () => {
      const { rows } = await db.query<{ bucket: string }>("SELECT bucket FROM rate_limits");
      assert.ok(rows.length > 0);
      for (const { bucket } of rows) assert.doesNotMatch(bucket, /203\.0\.113|198\.51\.100/);
      const { rows: secrets } = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM server_secrets");
      assert.equal(secrets[0]?.n, 1);
    });

    it("limits wrong codes across all clients, so a botnet sweep gets 429 and stops", async () => {
      await db.query("INSERT INTO rate_limits (bucket, window_start, failures) VALUES ('resume:all', now(), $1) ON CONFLICT (bucket) DO UPDATE SET failures = $1, window_start = now()", [
        RESUME_MAX_FAILURES_ALL,
      ]);
      const draft = await aDraft();
      for (const client of ["192.0.2.101", "192.0.2.102", "2001:db8:9::1"]) {
        const response = await resume(post({ code: wrongCode() }, from(client)));
        assert.equal(response.status, 429, client);
      }
      // A right code is refused too while the space is closed: answering it would let the sweep go on.
      assert.equal((await resume(post({ code: draft.resumeCode }, from("192.0.2.103")))).status, 429);
      await db.query("DELETE FROM rate_limits WHERE bucket = 'resume:all'");
      assert.equal((await resume(post({ code: draft.resumeCode }, from("192.0.2.103")))).status, 200);
    });

    it("limits wrong join codes per client whatever X-Forwarded-For says, without touching resume codes", async () => {
      const attacker = "203.0.113.99";
      const helper = { role: "volunteer", name: "Fatou" };
      for (let i = 0; i < 10; i += 1) assert.equal((await join(post({ code: "ZZZZZZZZ", helper, lang: "fr" }, from(attacker)))).status, 404);
      assert.equal((await join(post({ code: "ZZZZZZZZ", helper, lang: "fr" }, from(attacker)))).status, 429);
      const draft = await aDraft();
      const opened = await openHelp(post({}, bearer(draft.token)), { params: Promise.resolve({ draftId: draft.id }) });
      const { joinCode } = (await opened.json()) as { joinCode: string };
      assert.equal((await join(post({ code: joinCode, helper, lang: "fr" }, from("198.51.100.30")))).status, 201);
      assert.equal((await resume(post({ code: wrongCode() }, from(attacker)))).status, 404);
    });

    it("limits draft creation and sending per client, not per header", async () => {
      const put = (client: string) =>
        proxy(new NextRequest(`http://relais.test/api/v1/drafts/${crypto.randomUUID()}`, { method: "PUT", headers: from(client) }));
      const send = (client: string) =>
        proxy(new NextRequest(`http://relais.test/api/v1/drafts/${crypto.randomUUID()}/submission`, { method: "POST", headers: from(client) }));
      for (let i = 0; i < ACTION_LIMITS.register.max; i += 1) assert.equal((await put("203.0.113.150")).headers.get("x-middleware-next"), "1");
      const refused = await put("203.0.113.150");
      assert.equal(refused.status, 429);
      assert.equal(refused.headers.get("retry-after"), "600");
      assert.equal(refused.headers.get("cache-control"), "no-store, no-transform");
      assert.equal((await put("203.0.113.151")).headers.get("x-middleware-next"), "1");
      for (let i = 0; i < ACTION_LIMITS.send.max; i += 1) assert.equal((await send("203.0.113.150")).headers.get("x-middleware-next"), "1");
      assert.equal((await send("203.0.113.150")).status, 429);
      assert.equal((await send("203.0.113.151")).headers.get("x-middleware-next"), "1");
    });
  });
}

describe("help actions", () => {
  for (const name of ["constructor", "toString", "__proto__", "hasOwnProperty", "valueOf"]) {
    it(`answers 404 to an action named ${name}`, async () => {
      const response = await act(post({}, bearer(token())), { params: Promise.resolve({ sessionId: crypto.randomUUID(), action: name }) });
      assert.equal(response.status, 404);
    });
  }
});

limits("embedded PGlite", openPglite);
const serverUrl = process.env.DATABASE_URL;
if (serverUrl) limits("PostgreSQL", () => openThrowawayPostgres(serverUrl, "security"));
