// The web app manifest, one per language: the installed app opens in the language it was installed from.
import { getT } from "@/lib/i18n/server";
import { dirOf, isLocale, locales } from "@/lib/i18n/settings";

export const dynamic = "force-static";

export function generateStaticParams() {
  return locales.map((lang) => ({ lang }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ lang: string }> }) {
  const { lang } = await params;
  if (!isLocale(lang)) return new Response(null, { status: 404 });
  const t = getT(lang);
  const manifest = {
    id: `/${lang}`,
    name: t("manifest.name"),
    short_name: t("appName"),
    description: t("tagline"),
    lang,
    dir: dirOf(lang),
    start_url: `/${lang}`,
    scope: "/",
    display: "standalone",
    background_color: "#ffffff",
    theme_color: "#1d3b8b",
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
      { src: "/icons/icon.svg", sizes: "any", type: "image/svg+xml" },
    ],
  };
  return new Response(JSON.stringify(manifest), { headers: { "Content-Type": "application/manifest+json" } });
}
