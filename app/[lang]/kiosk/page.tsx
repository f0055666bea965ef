// Kiosk mode settings, for the agency staff who set up a shared device.
import { KioskSettings } from "@/components/kiosk/KioskSettings";
import { titleFrom } from "@/lib/i18n/metadata";
import { PageListen } from "@/components/readAloud/PageListen";

export const generateMetadata = titleFrom("kiosk.settings.title");

export default function KioskPage() {
  return (
    <>
      <PageListen />
      <KioskSettings />
    </>
  );
}
