// The <title> of a page whose heading is one translation key: "Heading – Relais".
import "server-only";
import type { Metadata } from "next";
import { getT } from "./server";
import { isLocale } from "./settings";

export function titleFrom(key: string) {
  return async function generateMetadata({ params }: { params: Promise<{ lang: string }> }): Promise<Metadata> {
    const { lang } = await params;
    if (!isLocale(lang)) return {};
    const t = getT(lang);
    return { title: t("pageTitle", { title: t(key) }) };
  };
}
