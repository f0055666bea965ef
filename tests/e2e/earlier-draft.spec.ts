// A draft kept on the device since before an update that merged questions (issue 14): its old answers, queued
// offline then, open in today's questions and reach the server once, never under the old questions.
import { expect, test } from "@playwright/test";
import { questionnaire } from "@/lib/questionnaire/definition";
import { findQuestion } from "@/lib/questionnaire/engine";
import { noneKey } from "@/lib/questionnaire/keys";
import { awa } from "@/tests/fixtures/people";
import { expectEverywhereOnce } from "./support/device";
import { q, questionLabel } from "./support/texts";

const address = findQuestion(questionnaire, "address")!;
const beforeAddress = Object.fromEntries(Object.entries(awa).slice(0, Object.keys(awa).indexOf("address")));
// Answered on the old screens, offline: the server has none of it.
const oldAnswers = {
  ...beforeAddress,
  "has-address": "NO_STABLE_ADDRESS",
  "difficulty-topics": ["MOBILITY"],
  vehicle: ["CAR"],
  transport: ["PUBLIC_TRANSPORT"],
};

test("a draft from before the update opens in today's questions, and the server gets it once", async ({ page, request }) => {
  const pushed: string[] = [];
  page.on("request", (sent) => {
    if (sent.method() === "POST" && /\/api\/v1\/drafts\/[^/]+\/answers$/.test(new URL(sent.url()).pathname)) pushed.push(sent.postData() ?? "");
  });
  // The draft as the old version of the app left it, in the database this version reads (3, one store): each
  // answer queued for the server, never registered there. Written from an address of the app's origin where the
  // app does not run, so no page of it reads the draft before the one opened below (on a loaded machine, a start
  // page still starting up would find it and send it, and its send be cut short by the next page).
  await page.goto("/api/health");
  await page.evaluate(
    async ({ draft }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open("relais", 3);
        open.onupgradeneeded = () => open.result.createObjectStore("drafts");
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error ?? new Error("indexedDB.open failed"));
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction("drafts", "readwrite");
        tx.objectStore("drafts").put(draft, "current");
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error ?? new Error("writing the draft failed"));
      });
      db.close();
    },
    {
      draft: {
        id: crypto.randomUUID(),
        server: { token: crypto.randomUUID().replace(/-/g, ""), registered: false, revision: 0 },
        entries: Object.fromEntries(Object.entries(oldAnswers).map(([id, value], i) => [id, { value, changedAt: 1_700_000_000_000 + i, pending: true }])),
        updatedAt: 1_700_000_000_100,
      },
    },
  );

  await page.goto("/fr/questions/address");
  await expect(page.getByRole("heading", { level: 1, name: questionLabel("fr", address) })).toBeVisible();
  await expect(page.getByRole("checkbox", { name: q("fr", noneKey(address)) })).toBeChecked();

  const { "has-address": _hasAddress, vehicle: _vehicle, ...today } = oldAnswers;
  await expectEverywhereOnce(page, request, { ...today, address: "NO_STABLE_ADDRESS", transport: ["CAR", "PUBLIC_TRANSPORT"] });
  expect(pushed, "one push: nothing sent again").toHaveLength(1);
  expect(pushed.filter((body) => body.includes('"has-address"') || body.includes('"vehicle"'))).toEqual([]);
});
