// Finish on a kiosk: take the resume code, then clear the device.
import { KioskEnd } from "@/components/kiosk/KioskEnd";
import { titleFrom } from "@/lib/i18n/metadata";
import { PageListen } from "@/components/readAloud/PageListen";

export const generateMetadata = titleFrom("kiosk.end.title");

export default function KioskEndPage() {
  return (
    <>
      <PageListen />
      <KioskEnd />
    </>
  );
}
