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
