// Agency staff administration from the command line: `npm run staff -- <command> [--flag value]...`.
// Runs against the same database as the app (DATABASE_URL, or PGlite under RELAIS_DATA_DIR: stop the app first,
// PGlite opens its folder for one process only). Prints what it did; the last line is what a script may use.
import { parseArgs } from "node:util";
import { dataDir, openDatabase } from "@/lib/server/db";
import { inviteStaff, revokeStaff } from "@/lib/server/staff";
import { publicUrl } from "@/lib/server/staffPasskeys";
import { addAgency, findAgency } from "@/lib/server/submissions";
import { invitationUrl, staffIdSchema, staffNameSchema, STAFF_ROLES } from "@/lib/staff/protocol";
import { agencySchema } from "@/lib/submissions/protocol";
import { z } from "zod";
import { locales } from "@/lib/i18n/settings";

const usage = `Usage:
  npm run staff -- add-agency --id <id> --name <name> --town <town> --postcode <postcode>
  npm run staff -- invite --agency <id> --role admin|counsellor --name <name> [--lang fr]
  npm run staff -- revoke --staff <staff id>

The invitation URL (last line printed) works once, for 48 hours; its base is RELAIS_PUBLIC_URL (http://localhost:3000).`;

async function main() {
  const [command, ...rest] = process.argv.slice(2);
  const { values } = parseArgs({ args: rest, options: {
      id: { type: "string" },
      name: { type: "string" },
      town: { type: "string" },
      postcode: { type: "string" },
      agency: { type: "string" },
      role: { type: "string" },
      lang: { type: "string" },
      staff: { type: "string" },
    }, strict: false });
  const db = await openDatabase({ url: process.env.DATABASE_URL || undefined, dataDir: dataDir() });
  try {
    switch (command) {
      case "add-agency": {
        const agency = agencySchema.parse({ id: values.id, name: values.name, town: values.town, postcode: values.postcode });
        await addAgency(db, agency);
        console.log(`agency ${agency.id} added`);
        return;
      }
      case "invite": {
        const role = z.enum(STAFF_ROLES).parse(values.role);
        const name = staffNameSchema.parse(values.name);
        const agency = await findAgency(db, String(values.agency ?? ""));
        if (!agency) throw new Error(`unknown agency: ${String(values.agency)} (add it first with add-agency)`);
        const lang = z.enum(locales).default("fr").parse(values.lang);
        const invitation = await inviteStaff(db, { agencyId: agency.id, role, name });
        console.log(`staff ${invitation.staffId} invited as ${role} of ${agency.id}`);
        console.log(`invitation valid once, until ${invitation.expiresAt.toISOString()}:`);
        console.log(invitationUrl(publicUrl().origin, invitation.token, lang));
        return;
      }
      case "revoke": {
        const staffId = staffIdSchema.parse(values.staff);
        if (!(await revokeStaff(db, staffId))) throw new Error(`no active staff member ${staffId}`);
        console.log(`staff ${staffId} revoked: sessions ended`);
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
