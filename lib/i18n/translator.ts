// Looks texts up in the locale files, for the server and the browser alike. The files are in i18next's JSON
// format (namespaces, nested keys, `{{name}}` placeholders, plural forms `_zero`, `_one`, `_two`, `_few`, `_many`,
// `_other` chosen by Intl.PluralRules) and this reads them as i18next does, but only the part of it Relais uses:
// i18next and react-i18next weighed 17.5 KB gzipped on every page, an eighth of a bare Next page, for a lookup
// (issue 14, README "Why not i18next in the browser"). `translator.test.ts` holds it to i18next's own output for
// every text of every language.
import { stripFrenchMarks } from "./frenchTerms";

export type Texts = { [key: string]: unknown };

interface TranslateOptions {
  /** The namespace to read the key in, when the key does not name one ("errors:date.invalid"). */
  ns?: string;
  /** Picks the plural form, and fills `{{count}}`. */
  count?: number;
  /** false keeps the <fr>…</fr> marks of French terms (lib/i18n/frenchTerms.ts). */
  applyPostProcessor?: boolean;
  /** The values of the text's placeholders. */
  [placeholder: string]: unknown;
}

export type Translate = (key: string, options?: TranslateOptions) => string;

export interface Translator {
  readonly language: string;
  /** In the translator's language and its default namespace (`common`). */
  t: Translate;
  /** The same lookup in another namespace by default, for code that reads one namespace (the recap, the notice). */
  getFixedT(lang: string, ns?: string): Translate;
  exists(key: string, options?: TranslateOptions): boolean;
  getResourceBundle(lang: string, ns: string): Texts | undefined;
  hasResourceBundle(lang: string, ns: string): boolean;
  addResourceBundle(lang: string, ns: string, texts: Texts): void;
}

const DEFAULT_NS = "common";
const PLACEHOLDER = /{{(.+?)}}/g;

const pluralRules = new Map<string, Intl.PluralRules>();
function pluralOf(lang: string, count: number): string {
  let rules = pluralRules.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(lang);
    pluralRules.set(lang, rules);
  }
  return rules.select(count);
}

function find(texts: Texts | undefined, key: string): unknown {
  let node: unknown = texts;
  for (const part of key.split(".")) {
    if (typeof node !== "object" || node === null || !Object.hasOwn(node, part)) return undefined;
    node = (node as Texts)[part];
  }
  return node;
}

function fill(text: string, options: TranslateOptions): string {
  // Each placeholder once, left to right; a value put in is not read again. A placeholder given no value stays as
  // written, so a missing one shows rather than vanishing (i18next's `skipOnVariables`).
  return text.replace(PLACEHOLDER, (match, name: string) => {
    const key = name.trim();
    if (!Object.hasOwn(options, key)) return match;
    // Texts are given strings and numbers; anything else is written as String() writes it, as i18next does.
    const value = options[key] as string | number | null | undefined;
    return value === undefined || value === null ? "" : String(value);
  });
}

/** "errors:date.invalid" reads `date.invalid` in `errors`; a key naming no namespace reads the one given. */
function parseKey(key: string, ns: string): { ns: string; path: string } {
  const colon = key.indexOf(":");
  return colon > 0 ? { ns: key.slice(0, colon), path: key.slice(colon + 1) } : { ns, path: key };
}

export function createTranslator(lang: string, bundles: Record<string, Texts>): Translator {
  const resources = new Map<string, Map<string, Texts>>([[lang, new Map(Object.entries(bundles))]]);

  function resolve(lng: string, ns: string, path: string, options: TranslateOptions): unknown {
    const texts = resources.get(lng)?.get(ns);
    const candidates = [path];
    if (typeof options.count === "number") {
      candidates.unshift(`${path}_${pluralOf(lng, options.count)}`);
      if (options.count === 0) candidates.unshift(`${path}_zero`);
    }
    for (const candidate of candidates) {
      const found = find(texts, candidate);
      if (found !== undefined && found !== null) return found;
    }
    return undefined;
  }

  function fixed(lng: string, defaultNs: string): Translate {
    return (key, options = {}) => {
      const { ns, path } = parseKey(key, options.ns ?? defaultNs);
      const found = resolve(lng, ns, path, options);
      // A missing text shows its key, as i18next does: visible in development, caught by the locale tests.
      if (typeof found !== "string") return path;
      const text = fill(found, options);
      return options.applyPostProcessor === false ? text : stripFrenchMarks(text);
    };
  }

  return {
    language: lang,
    t: fixed(lang, DEFAULT_NS),
    getFixedT: (lng, ns = DEFAULT_NS) => fixed(lng, ns),
    exists: (key, options = {}) => {
      const { ns, path } = parseKey(key, options.ns ?? DEFAULT_NS);
      return resolve(lang, ns, path, options) !== undefined;
    },
    getResourceBundle: (lng, ns) => resources.get(lng)?.get(ns),
    hasResourceBundle: (lng, ns) => resources.get(lng)?.has(ns) ?? false,
    addResourceBundle: (lng, ns, texts) => {
      let byNs = resources.get(lng);
      if (!byNs) {
        byNs = new Map();
        resources.set(lng, byNs);
      }
      byNs.set(ns, { ...byNs.get(ns), ...texts });
    },
  };
}
