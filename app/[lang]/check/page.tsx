// Check your answers, before sending the file to the counsellor.
import type { Metadata } from "next";
import { CheckAnswers } from "@/components/check/CheckAnswers";
import { getT } from "@/lib/i18n/server";
import { isLocale } from "@/lib/i18n/settings";

export async function generateMetadata({ params }: { params: Promise<{ lang: string }> }): Promise<Metadata> {
  const { lang } = await params;
  if (!isLocale(lang)) return {};
  const t = getT(lang);
  return { title: t("pageTitle", { title: t("check.title") }) };
}

export default function CheckPage() {
  return <CheckAnswers />;
}
