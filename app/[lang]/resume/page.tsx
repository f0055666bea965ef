// Resume elsewhere: the code of this draft (text, QR, print), and a form to open a draft with a code.
import type { Metadata } from "next";
import { ResumeCodePanel } from "@/components/resume/ResumeCodePanel";
import { ResumeForm } from "@/components/resume/ResumeForm";
import { ContinueLink } from "@/components/resume/ContinueLink";
import { getT } from "@/lib/i18n/server";
import { isLocale, type Locale } from "@/lib/i18n/settings";

type Params = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { lang } = await params;
  if (!isLocale(lang)) return {};
  const t = getT(lang);
  return { title: t("pageTitle", { title: t("resume.title") }) };
}

export default async function ResumePage({ params }: Params) {
  const t = getT((await params).lang as Locale);
  return (
    <>
      <h1>{t("resume.title")}</h1>
      <p>{t("resume.intro")}</p>
      <ResumeCodePanel />
      <ContinueLink />
      <ResumeForm />
    </>
  );
}
