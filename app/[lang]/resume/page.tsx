// Resume elsewhere: the code of this draft (text, QR, print), and a form to open a draft with a code.
import { ResumeCodePanel } from "@/components/resume/ResumeCodePanel";
import { ResumeForm } from "@/components/resume/ResumeForm";
import { ContinueLink } from "@/components/resume/ContinueLink";
import { titleFrom } from "@/lib/i18n/metadata";
import { getT } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/settings";
import { PageListen } from "@/components/readAloud/PageListen";

type Params = { params: Promise<{ lang: string }> };

export const generateMetadata = titleFrom("resume.title");

export default async function ResumePage({ params }: Params) {
  const t = getT((await params).lang as Locale);
  return (
    <>
      <h1>{t("resume.title")}</h1>
      <PageListen />
      <p>{t("resume.intro")}</p>
      <ResumeCodePanel />
      <ContinueLink />
      <ResumeForm />
    </>
  );
}
