// Agency staff administration from the command line: `npm run staff -- <command> [--flag value]...`.
// Runs against the same database as the app (DATABASE_URL, or PGlite under RELAIS_DATA_DIR: stop the app first,
// PGlite opens its folder for one process only). Prints what it did; the last line is what a script may use.
import { parseArgs } from "node:util";
import { dataDir, openDatabase } from "@/lib/server/db";
import { addAgency } from "@/lib/server/submissions";
import { agencySchema } from "@/lib/submissions/protocol";

const usage = `Usage:
  npm run staff -- add-agency --id <id> --name <name> --town <town> --postcode <postcode>`;

async function main() {
  const [command, ...rest] = process.argv.slice(2);
  const { values } = parseArgs({ args: rest, options: { id: { type: "string" }, name: { type: "string" }, town: { type: "string" }, postcode: { type: "string" } }, strict: false });
  const db = await openDatabase({ url: process.env.DATABASE_URL || undefined, dataDir: dataDir() });
  try {
    switch (command) {
      case "add-agency": {
        const agency = agencySchema.parse({ id: values.id, name: values.name, town: values.town, postcode: values.postcode });
        await addAgency(db, agency);
        console.log(`agency ${agency.id} added`);
        return;
      }
      default:
        console.error(usage);
        process.exitCode = 2;
    }
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
