// Root layout per language: html lang and dir come from the server, so Arabic is right to left before any script runs.
import type { Metadata, Viewport } from "next";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { DraftProvider } from "@/components/draft/DraftProvider";
import { I18nProvider } from "@/components/i18n/I18nProvider";
import { HelpBannerWhenHelped } from "@/components/help/HelpBannerWhenHelped";
import { HelpProvider } from "@/components/help/HelpProvider";
import { ClearedPageGuard } from "@/components/kiosk/ClearedPageGuard";
import { RouteFocus } from "@/components/journey/RouteFocus";
import { KioskGuardWhenKiosk } from "@/components/kiosk/KioskGuardWhenKiosk";
import { SiteFooter } from "@/components/layout/SiteFooter";
import { SiteHeader } from "@/components/layout/SiteHeader";
import { ConnectionStatus } from "@/components/pwa/ConnectionStatus";
import { OfflineProvider } from "@/components/pwa/OfflineProvider";
import { StorageProblem } from "@/components/pwa/StorageProblem";
import { UpdatePrompt } from "@/components/pwa/UpdatePrompt";
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
  return {
    title: t("appName"),
    description: t("tagline"),
    manifest: `/${lang}/manifest.webmanifest`,
    icons: { icon: "/icons/icon.svg", apple: "/icons/icon-192.png" },
  };
}

export default async function LangLayout({ children, params }: { children: ReactNode; params: Promise<{ lang: string }> }) {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  const t = getT(lang);
  // "Language" in every language, for the language control's name; a word two languages share is said once.
  const languageWords = locales
    .map((code) => ({ lang: code, word: getT(code)("languageSwitch.word") }))
    .filter((entry, i, all) => all.findIndex((other) => other.word === entry.word) === i);
  return (
    <html lang={lang} dir={dirOf(lang)}>
      <body>
        <a className="skip-link" href="#main">
          {t("skipLink")}
        </a>
        {/* Without scripts the answers cannot be kept (IndexedDB) and pages wait for them forever: say so in plain
            words, before anything else, on every page (issue 13). */}
        <noscript>
          <p className="noscript">
            {t("noScript.message")}
          </p>
        </noscript>
        <OfflineProvider>
          <I18nProvider lang={lang}>
            <DraftProvider>
              <HelpProvider>
                <SiteHeader languageWords={languageWords} />
                <ClearedPageGuard />
                <KioskGuardWhenKiosk />
                <div className="page-banners">
                  <ConnectionStatus />
                  <StorageProblem />
                  <UpdatePrompt />
                  <HelpBannerWhenHelped />
                </div>
                <main id="main" className="page" tabIndex={-1}>
                  {children}
                </main>
                <RouteFocus />
                <SiteFooter />
              </HelpProvider>
            </DraftProvider>
          </I18nProvider>
        </OfflineProvider>
      </body>
    </html>
  );
}
