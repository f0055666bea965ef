// Schema migrations, applied in order at start; each runs once, recorded in schema_migrations.
import "server-only";
import type { Db } from "./db";

const migrations: Array<{ version: number; name: string; sql: string }> = [
  {
    version: 1,
    name: "submissions",
    sql: `
      CREATE TABLE submissions (
        id uuid PRIMARY KEY,
        draft_id uuid NOT NULL UNIQUE,
        answers jsonb NOT NULL,
        submitted_at timestamptz NOT NULL DEFAULT now()
      );`,
  },
  {
    version: 2,
    name: "drafts",
    sql: `
      CREATE TABLE drafts (
        id uuid PRIMARY KEY,
        resume_hash text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      -- One token per device that holds the draft (the first one, then each device that resumed it).
      CREATE TABLE draft_tokens (
        token_hash text PRIMARY KEY,
        draft_id uuid NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE draft_answers (
        draft_id uuid NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
        question_id text NOT NULL,
        value jsonb,
        changed_at bigint NOT NULL,
        PRIMARY KEY (draft_id, question_id)
      );
      -- Failed resume attempts per client (a salted hash, never the address itself), for rate limiting.
      CREATE TABLE resume_failures (
        client_hash text NOT NULL,
        at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX resume_failures_client_at ON resume_failures (client_hash, at);`,
  },
  {
    version: 3,
    name: "handoff",
    sql: `
      -- Append-only: rows are inserted, never updated or deleted (but with their draft).
      CREATE TABLE answer_log (
        id bigserial PRIMARY KEY,
        draft_id uuid NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
        question_id text NOT NULL,
        value jsonb,
        author text NOT NULL CHECK (author IN ('person', 'helper')),
        helper_role text,
        helper_name text,
        via text NOT NULL,
        device text NOT NULL,
        changed_at bigint NOT NULL,
        logged_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX answer_log_draft ON answer_log (draft_id, id);
      CREATE TABLE help_sessions (
        id uuid PRIMARY KEY,
        draft_id uuid NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
        person_token_hash text NOT NULL,
        join_code_hash text UNIQUE,
        join_token_hash text UNIQUE,
        code_expires_at timestamptz NOT NULL,
        status text NOT NULL,
        helper_role text,
        helper_name text,
        helper_token_hash text UNIQUE,
        mode text NOT NULL DEFAULT 'person-types',
        typing_requested boolean NOT NULL DEFAULT false,
        person_at text,
        helper_at text,
        last_activity timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE join_failures (
        client_hash text NOT NULL,
        at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX join_failures_client_at ON join_failures (client_hash, at);`,
  },
  {
    version: 4,
    name: "revisions",
    sql: `
      -- The server owns the draft: every stored change raises the draft's revision, and each answer remembers
      -- the revision that last changed it, so a device asks for "what changed since revision N" only.
      ALTER TABLE drafts ADD COLUMN revision bigint NOT NULL DEFAULT 0;
      -- Raised each time a resume code is (re)issued: two tabs registering at once keep the newest code.
      ALTER TABLE drafts ADD COLUMN code_version integer NOT NULL DEFAULT 1;
      ALTER TABLE draft_answers ADD COLUMN revision bigint NOT NULL DEFAULT 0;
      CREATE INDEX draft_answers_since ON draft_answers (draft_id, revision);
      -- Failed attempts per client and purpose in a fixed window, counted by one atomic upsert (no count-then-insert).
      CREATE TABLE rate_limits (
        bucket text PRIMARY KEY,
        window_start timestamptz NOT NULL DEFAULT now(),
        failures integer NOT NULL DEFAULT 0
      );
      DROP TABLE resume_failures;
      DROP TABLE join_failures;`,
  },
  {
    version: 5,
    name: "sent-files",
    sql: `
      -- Agencies are data, created by staff from the command line (npm run staff).
      CREATE TABLE agencies (
        id text PRIMARY KEY,
        name text NOT NULL,
        town text NOT NULL,
        postcode text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      -- A sent file is immutable: each send is a new version under the draft's one reference.
      DROP TABLE submissions;
      CREATE TABLE submissions (
        id uuid PRIMARY KEY,
        draft_id uuid REFERENCES drafts (id) ON DELETE SET NULL,
        reference text NOT NULL,
        version integer NOT NULL,
        agency_id text NOT NULL REFERENCES agencies (id),
        questionnaire_version text NOT NULL,
        lang text NOT NULL,
        draft_revision bigint NOT NULL,
        answers jsonb NOT NULL,
        -- Questions whose answer a helper entered: { questionId: { role, name, via } }.
        helped jsonb NOT NULL DEFAULT '{}',
        sent_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (reference, version)
      );
      CREATE INDEX submissions_agency ON submissions (agency_id, sent_at DESC);
      CREATE INDEX submissions_draft ON submissions (draft_id, version);
      ALTER TABLE drafts ADD COLUMN reference text UNIQUE;
      CREATE TABLE staff (
        id uuid PRIMARY KEY,
        agency_id text NOT NULL REFERENCES agencies (id),
        name text NOT NULL,
        role text NOT NULL CHECK (role IN ('admin', 'counsellor')),
        created_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz
      );
      CREATE TABLE staff_credentials (
        id text PRIMARY KEY,
        staff_id uuid NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
        public_key bytea NOT NULL,
        counter bigint NOT NULL DEFAULT 0,
        transports text[] NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now()
      );
      -- One-time invitation links (48 hours), stored hashed.
      CREATE TABLE staff_invitations (
        token_hash text PRIMARY KEY,
        staff_id uuid NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
        expires_at timestamptz NOT NULL,
        used_at timestamptz
      );
      CREATE TABLE staff_sessions (
        token_hash text PRIMARY KEY,
        staff_id uuid NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_seen timestamptz NOT NULL DEFAULT now()
      );
      -- WebAuthn challenges waiting for their answer (a few minutes at most).
      CREATE TABLE webauthn_challenges (
        id uuid PRIMARY KEY,
        challenge text NOT NULL,
        purpose text NOT NULL CHECK (purpose IN ('register', 'sign-in')),
        staff_id uuid REFERENCES staff (id) ON DELETE CASCADE,
        expires_at timestamptz NOT NULL
      );
      CREATE TABLE api_keys (
        id uuid PRIMARY KEY,
        agency_id text NOT NULL REFERENCES agencies (id),
        name text NOT NULL,
        key_hash text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz
      );
      -- Every opening of a sent file by staff or an export, shown to the person ("read by ... on ...").
      CREATE TABLE access_log (
        id bigserial PRIMARY KEY,
        reference text NOT NULL,
        version integer NOT NULL,
        agency_id text NOT NULL,
        staff_id uuid,
        staff_name text,
        staff_role text,
        api_key_id uuid,
        at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX access_log_reference ON access_log (reference, id);`,
  },
  {
    version: 6,
    name: "server-secrets",
    sql: `
      -- Secrets the server generates for itself on first start (the key of the rate limits' client hashes).
      -- Never purged: losing it only resets the rate-limit windows.
      CREATE TABLE IF NOT EXISTS server_secrets (
        name text PRIMARY KEY,
        value text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );`,
  },
  {
    version: 7,
    name: "privacy",
    sql: `
      -- Live resume codes, several per draft: registering again after a lost response adds a code instead of
      -- replacing one a device may already show. They go with their draft.
      CREATE TABLE resume_codes (
        code_hash text PRIMARY KEY,
        draft_id uuid NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX resume_codes_draft ON resume_codes (draft_id, created_at);
      INSERT INTO resume_codes (code_hash, draft_id) SELECT resume_hash, id FROM drafts;
      ALTER TABLE drafts DROP COLUMN resume_hash;
      -- A draft the person deleted: its id (so a tab still open elsewhere cannot bring it back) and, when it was
      -- sent, its reference and agency (counsellors see "deleted by the person" and the date). Nothing else.
      CREATE TABLE deleted_drafts (
        draft_id uuid PRIMARY KEY,
        reference text,
        agency_id text,
        deleted_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX deleted_drafts_agency ON deleted_drafts (agency_id, deleted_at DESC);
      -- What the purge looks for.
      CREATE INDEX drafts_updated ON drafts (updated_at);
      CREATE INDEX submissions_sent ON submissions (sent_at);
      CREATE INDEX help_sessions_activity ON help_sessions (last_activity);`,
  },
  {
    version: 8,
    name: "help-consent",
    sql: `
      -- What a helper on their own device may see (issue 11): sensitive answers given before the person accepted
      -- (up to the draft's revision then) stay hidden from the helper until the person shows each one.
      ALTER TABLE help_sessions ADD COLUMN accepted_revision bigint;
      ALTER TABLE help_sessions ADD COLUMN shown text[] NOT NULL DEFAULT '{}';`,
  },
  {
    version: 9,
    name: "help-kept-back",
    sql: `
      -- Sensitive answers hidden from the helper whatever their revision: an old answer kept back when the help was
      -- accepted and translated since into today's question (issue 14), until the person shows it.
      ALTER TABLE help_sessions ADD COLUMN kept_back text[] NOT NULL DEFAULT '{}';`,
  },
];

// Any fixed number, the same in every instance: "relais" in ASCII.
const MIGRATION_LOCK = "125779935586675";

export async function migrate(db: Db): Promise<void> {
  // One transaction for all: a crash half-way leaves the schema as it was. The advisory lock, taken first,
  // makes instances that start together on one fresh database wait for each other: the first applies the
  // migrations, the others then find them recorded (the lock ends with the transaction).
  await db.transaction(async (tx) => {
    await tx.query(`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK})`);
    await tx.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY,
      name text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    );`);
    const { rows } = await tx.query<{ version: number }>("SELECT version FROM schema_migrations");
    const applied = new Set(rows.map((r) => Number(r.version)));
    for (const migration of migrations) {
      if (applied.has(migration.version)) continue;
      await tx.exec(migration.sql);
      await tx.query("INSERT INTO schema_migrations (version, name) VALUES ($1, $2)", [migration.version, migration.name]);
    }
  });
}
