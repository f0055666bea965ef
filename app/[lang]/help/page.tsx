// Get help: pass the phone to a helper, or let a helper join from their own device.
import { Suspense } from "react";
import { HelpPage } from "@/components/help/HelpPage";
import { Loading } from "@/components/journey/Loading";
import { titleFrom } from "@/lib/i18n/metadata";
import { PageListen } from "@/components/readAloud/PageListen";

export const generateMetadata = titleFrom("help.title");

export default function Page() {
  return (
    <>
      <PageListen />
      <Suspense fallback={<Loading />}>
        <HelpPage />
      </Suspense>
    </>
  );
}
