// Waits until React has taken over the page's content: before that a press on a button submits the bare HTML form
// (as it does without JavaScript), which is another test. React marks the nodes it manages with its own keys.
import type { Page } from "@playwright/test";

export async function hydrated(page: Page) {
  await page.waitForFunction(() => {
    const main = document.querySelector("main");
    return main !== null && Object.keys(main).some((key) => key.startsWith("__react"));
  });
}
