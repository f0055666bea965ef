// Content-Security-Policy and Permissions-Policy violations a page meets, from its very start (before any script of the
// app runs), and the console errors that name one.
import type { Page } from "@playwright/test";

/** The page's own list of what it met (a test can read it in an evaluation of its own, saving a round trip). */
export const VIOLATIONS = "__violations";

/**
 * Starts watching; the function returned says what was met so far (violations are kept per document), from the list
 * it is given as read in the page, or reading it.
 */
export async function watchForViolations(page: Page) {
  await page.addInitScript((name) => {
    const found: string[] = [];
    (window as unknown as Record<string, string[]>)[name] = found;
    document.addEventListener("securitypolicyviolation", (event) => found.push(`${event.effectiveDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`));
  }, VIOLATIONS);
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  return async (readInPage?: string[]) => {
    const violations = readInPage ?? (await page.evaluate((name) => (window as unknown as Record<string, string[] | undefined>)[name] ?? [], VIOLATIONS));
    return { violations, policyErrors: errors.filter((e) => /Content.Security.Policy|Permissions.Policy|Refused to/i.test(e)) };
  };
}
