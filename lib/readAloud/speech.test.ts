import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { locales } from "@/lib/i18n/settings";
import { loadVoices, pickVoice, read, speechLang, type Synthesis, type Utterance, type Voice } from "./speech";

const voice = (lang: string, localService = true, name = `${lang}${localService ? "" : " online"}`): Voice => ({ lang, name, localService });

function fakeSynthesis(voices: Voice[] = []) {
  const spoken: Utterance[] = [];
  let cancels = 0;
  const listeners = new Set<() => void>();
  const synthesis: Synthesis = {
    getVoices: () => voices,
    speak: (utterance) => {
      spoken.push(utterance);
      utterance.onstart?.();
    },
    cancel: () => {
      cancels += 1;
      spoken.at(-1)?.onerror?.({ error: "interrupted" });
    },
    addEventListener: (_type, listener) => listeners.add(listener),
    removeEventListener: (_type, listener) => listeners.delete(listener),
  };
  return { synthesis, spoken, cancels: () => cancels, fireVoicesChanged: () => listeners.forEach((l) => l()), voices };
}
const utterance = (text: string): Utterance => ({ text, lang: "", voice: null, onstart: null, onend: null, onerror: null });

describe("read-aloud", () => {
  it("has a speech language for every language of the app", () => {
    for (const lang of locales) assert.ok(speechLang[lang].toLowerCase().startsWith(lang), lang);
  });

  it("prefers the exact regional voice on the device, then any voice of the language, and never another language", () => {
    const voices = [voice("fr-CA"), voice("fr-FR", false), voice("fr-FR"), voice("en-GB")];
    assert.equal(pickVoice(voices, "fr-FR")?.name, "fr-FR");
    assert.equal(pickVoice([voice("fr-CA"), voice("fr-FR", false)], "fr-FR")?.name, "fr-FR online");
    assert.equal(pickVoice([voice("ar_SA")], "ar")?.lang, "ar_SA");
    assert.equal(pickVoice([voice("en-GB"), voice("ru-RU")], "uk-UA"), undefined);
  });

  it("waits for voices that load late, and gives up after a while", async () => {
    const late = fakeSynthesis([]);
    const loading = loadVoices(late.synthesis, 1000);
    late.voices.push(voice("tr-TR"));
    late.fireVoicesChanged();
    assert.deepEqual((await loading).map((v) => v.lang), ["tr-TR"]);
    assert.deepEqual(await loadVoices(fakeSynthesis([]).synthesis, 10), []);
  });

  it("reads each part in order in the page's language and reports which part is being read", () => {
    const fake = fakeSynthesis();
    const parts: Array<number | null> = [];
    read(fake.synthesis, utterance, ["Question", "Aide", "Réponse"], voice("fr-FR"), "fr-FR", { onPart: (i) => parts.push(i) });
    assert.deepEqual(fake.spoken.map((u) => [u.text, u.lang, u.voice?.lang]), [["Question", "fr-FR", "fr-FR"]]);
    fake.spoken[0]!.onend?.();
    fake.spoken[1]!.onend?.();
    fake.spoken[2]!.onend?.();
    assert.deepEqual(fake.spoken.map((u) => u.text), ["Question", "Aide", "Réponse"]);
    assert.deepEqual(parts, [0, 1, 2, null]);
  });

  it("says a French term inside another language with a French voice", () => {
    const fake = fakeSynthesis();
    read(fake.synthesis, utterance, ["إنهاء العمل (", { text: "rupture conventionnelle", lang: "fr-FR", voice: voice("fr-FR") }, ")"], voice("ar"), "ar", { onPart: () => {} });
    fake.spoken[0]!.onend?.();
    fake.spoken[1]!.onend?.();
    assert.deepEqual(fake.spoken.map((u) => [u.text, u.lang, u.voice?.lang]), [["إنهاء العمل (", "ar", "ar"], ["rupture conventionnelle", "fr-FR", "fr-FR"], [")", "ar", "ar"]]);
  });

  it("stops at once: nothing more is read, and the end is reported once", () => {
    const fake = fakeSynthesis();
    const parts: Array<number | null> = [];
    const reading = read(fake.synthesis, utterance, ["Un", "Deux"], voice("fr-FR"), "fr-FR", { onPart: (i) => parts.push(i) });
    const before = fake.cancels();
    reading.stop();
    fake.spoken[0]!.onend?.();
    assert.equal(fake.cancels(), before + 1);
    assert.deepEqual(fake.spoken.map((u) => u.text), ["Un"]);
    assert.deepEqual(parts, [0, null]);
  });
});
