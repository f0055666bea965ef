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
];

export async function migrate(db: Db): Promise<void> {
  await db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version integer PRIMARY KEY,
    name text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
  );`);
  const { rows } = await db.query<{ version: number }>("SELECT version FROM schema_migrations");
  const applied = new Set(rows.map((r) => Number(r.version)));
  for (const migration of migrations) {
    if (applied.has(migration.version)) continue;
    // One transaction per migration: a crash half-way leaves the schema as it was.
    await db.exec(`BEGIN;
      ${migration.sql}
      INSERT INTO schema_migrations (version, name) VALUES (${migration.version}, '${migration.name}');
      COMMIT;`);
  }
}
