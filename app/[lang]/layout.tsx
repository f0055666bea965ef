// Root layout per language: html lang and dir come from the server, so Arabic is right to left before any script runs.
import type { Metadata, Viewport } from "next";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { SerwistProvider } from "@serwist/next/react";
import { DraftProvider } from "@/components/draft/DraftProvider";
import { i18nProviders } from "@/components/i18n/providers";
import { HelpBanner } from "@/components/help/HelpBanner";
import { HelpProvider } from "@/components/help/HelpProvider";
import { KioskGuard } from "@/components/kiosk/KioskGuard";
import { SiteFooter } from "@/components/layout/SiteFooter";
import { SiteHeader } from "@/components/layout/SiteHeader";
import { ConnectionStatus } from "@/components/pwa/ConnectionStatus";
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
  const I18nProvider = i18nProviders[lang];
  return (
    <html lang={lang} dir={dirOf(lang)}>
      <body>
        <a className="skip-link" href="#main">
          {t("skipLink")}
        </a>
        {/* reloadOnOnline off: a reload when the network returns could interrupt someone typing. */}
        <SerwistProvider swUrl="/sw.js" disable={process.env.NODE_ENV !== "production"} reloadOnOnline={false}>
          <I18nProvider>
            <DraftProvider>
              <HelpProvider>
                <SiteHeader />
                <KioskGuard />
                <div className="page-banners">
                  <ConnectionStatus />
                  <StorageProblem />
                  <UpdatePrompt />
                  <HelpBanner />
                </div>
                <main id="main" className="page" tabIndex={-1}>
                  {children}
                </main>
                <SiteFooter />
              </HelpProvider>
            </DraftProvider>
          </I18nProvider>
        </SerwistProvider>
      </body>
    </html>
  );
}
