// Root layout per language: html lang and dir come from the server, so Arabic is right to left before any script runs.
import type { Metadata, Viewport } from "next";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { DraftProvider } from "@/components/draft/DraftProvider";
import { I18nProvider } from "@/components/I18nProvider";
import { SiteHeader } from "@/components/layout/SiteHeader";
import { resources } from "@/lib/i18n/resources";
import { getT } from "@/lib/i18n/server";
import { dirOf, isLocale, locales } from "@/lib/i18n/settings";
import "../globals.css";

export const dynamicParams = false;

export function generateStaticParams() {
  return locales.map((lang) => ({ lang }));
}

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: "#1d3b8b",
};

export async function generateMetadata({ params }: { params: Promise<{ lang: string }> }): Promise<Metadata> {
  const { lang } = await params;
  if (!isLocale(lang)) return {};
  const t = getT(lang);
  return { title: t("appName"), description: t("tagline") };
}

export default async function LangLayout({ children, params }: { children: ReactNode; params: Promise<{ lang: string }> }) {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  const t = getT(lang);
  return (
    <html lang={lang} dir={dirOf(lang)}>
      <body>
        <a className="skip-link" href="#main">
          {t("skipLink")}
        </a>
        <I18nProvider lang={lang} bundle={resources[lang]}>
          <DraftProvider>
            <SiteHeader />
            <main id="main" className="page" tabIndex={-1}>
              {children}
            </main>
          </DraftProvider>
        </I18nProvider>
      </body>
    </html>
  );
}
