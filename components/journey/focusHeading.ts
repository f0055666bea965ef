// Puts focus on the page's heading (or the main area while the page loads): where a person starts again after
// what they were on has gone (a new page, a banner closed).
export function focusPageHeading() {
  const main = document.getElementById("main");
  const heading = main?.querySelector<HTMLElement>("h1");
  if (!heading) return main?.focus();
  if (!heading.hasAttribute("tabindex")) heading.setAttribute("tabindex", "-1");
  heading.focus();
}
