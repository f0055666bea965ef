// What a person typed or ticked in a server-rendered form before the page's scripts ran (a slow phone, a busy
// kiosk). React takes over such a page without touching its fields, but react-hook-form then writes its default
// values into them and what was typed would be gone. Forms read these once, at their first render in the browser,
// and use them as their default values. During client-side navigation there is no such field yet: "" or undefined.

export function typedBeforeScripts(id: string): string {
  if (typeof document === "undefined") return "";
  const field = document.getElementById(id);
  return field instanceof HTMLInputElement ? field.value : "";
}

/** The option whose radio (found by `idOf`) was ticked before the scripts ran, if any. */
export function chosenBeforeScripts<T extends string>(options: readonly T[], idOf: (option: T) => string): T | undefined {
  if (typeof document === "undefined") return undefined;
  return options.find((option) => {
    const field = document.getElementById(idOf(option));
    return field instanceof HTMLInputElement && field.checked;
  });
}
