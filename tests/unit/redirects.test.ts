// The addresses of questions that have no screen of their own lead to the screen that asks them.
import assert from "node:assert/strict";
import { test } from "node:test";
import nextConfig from "@/next.config";
import { questionnaire } from "@/lib/questionnaire/definition";

test("a follow-up's address leads to its question's screen, and no screen's address is redirected", async () => {
  const redirects = (await nextConfig.redirects?.()) ?? [];
  const to = (id: string) => redirects.find((r) => r.source === `/:lang/questions/${id}`)?.destination;
  for (const question of questionnaire.questions) {
    if (question.onScreenOf === undefined) assert.equal(to(question.id), undefined, question.id);
    else assert.equal(to(question.id), `/:lang/questions/${question.onScreenOf}`, question.id);
  }
});
