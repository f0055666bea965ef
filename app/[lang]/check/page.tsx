// Check your answers, before sending the file to the counsellor.
import { CheckAnswers } from "@/components/check/CheckAnswers";
import { titleFrom } from "@/lib/i18n/metadata";
import { PageListen } from "@/components/readAloud/PageListen";

export const generateMetadata = titleFrom("check.title");

export default function CheckPage() {
  return (
    <>
      <PageListen />
      <CheckAnswers />
    </>
  );
}
