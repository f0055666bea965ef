// Any address that matches no route (/fr/does-not-exist, a cut or mistyped link): "this page does not exist" in the
// person's language, with the way back to the start. Next renders it instead of any layout (the root layouts are
// per language), so it is a whole document; it is rendered per request, so the proxy's nonce covers its scripts.
import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import { NotFoundContent } from "@/components/errors/NotFoundContent";
import { getI18n } from "@/lib/i18n/server";
import { dirOf } from "@/lib/i18n/settings";
import { pageLocaleFrom } from "@/lib/pageLocale";
import "./globals.css";

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#1d3b8b" };

async function language() {
  const lang = pageLocaleFrom(await headers());
  return { lang, i18n: getI18n(lang) };
}

export async function generateMetadata(): Promise<Metadata> {
  const { i18n } = await language();
  return { title: i18n.t("pageTitle", { title: i18n.t("notFound.title", { ns: "errors" }) }), icons: { icon: "/icons/icon.svg" } };
}

export default async function GlobalNotFound() {
  const { lang, i18n } = await language();
  const t = i18n.getFixedT(lang, "errors");
  return (
    <html lang={lang} dir={dirOf(lang)}>
      <body>
        <a className="skip-link" href="#main">
          {i18n.t("skipLink")}
        </a>
        <header className="site-header">
          <div className="site-header__inner">
            <a className="site-header__name" href={`/${lang}`}>
              {i18n.t("appName")}
            </a>
          </div>
        </header>
        <main id="main" className="page" tabIndex={-1}>
          <NotFoundContent t={t} lang={lang} />
        </main>
      </body>
    </html>
  );
}
