// Accessibility scan of the current screen against WCAG 2.2 AA rules.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];
const OPTIONS = { runOnly: { type: "tag", values: WCAG_TAGS }, resultTypes: ["violations"] };

interface Axe {
  run(context: Document, options: typeof OPTIONS): Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown[] }> }> }>;
}

/**
 * axe.run() in the page itself with the WCAG tags, as @axe-core/playwright's legacy mode runs it (its default,
 * axe.runPartial() in each frame then finishRun() in a new blank page, took 2.5 times as long, for cross-origin frames
 * the app does not have). Unlike the builder, axe's 580 KB are evaluated once per document rather than twice per
 * scan, and only each violation's rule and targets come back.
 */
export async function expectNoAxeViolations(page: Page, screen: string) {
  const scan = () =>
    page.evaluate(async (options) => {
      const axe = (window as unknown as { axe?: Axe }).axe;
      if (!axe) return null;
      const { violations } = await axe.run(document, options);
      return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
    }, OPTIONS);
  let summary = await scan();
  if (summary === null) {
    // The builder's copy of axe-core (its `script()`, private in its types), evaluated as the builder evaluates it:
    // no script element, so the page's Content-Security-Policy has no say.
    await page.evaluate((new AxeBuilder({ page }) as unknown as { script(): string }).script());
    summary = await scan();
  }
  expect(summary, `axe violations on ${screen}`).toEqual([]);
}
