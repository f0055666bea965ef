"use client";
// The help banner's code is loaded only on a device where help is under way (a helper on this device, or a
// helper's own device invited): most people never ask for help, and their pages do not carry it. Once shown it
// stays for the life of the page, so its live regions are there to say the help ended or the phone came back.
import dynamic from "next/dynamic";
import { useState } from "react";
import { useHelp } from "./HelpProvider";

const HelpBanner = dynamic(() => import("./HelpBanner").then((module) => module.HelpBanner), { ssr: false });

export function HelpBannerWhenHelped() {
  const { sameDevice, remote } = useHelp();
  const [shown, setShown] = useState(false);
  if (!shown && (sameDevice || remote)) setShown(true);
  return shown ? <HelpBanner /> : null;
}
