"use client";
// The join link as a QR code, loaded only once a code is shown (components/help/JoinCodePanel.tsx): the help page
// itself does not carry the QR encoder.
import { renderSVG } from "uqr";

export function JoinQrCode({ link, label }: { link: string; label: string }) {
  return <div className="resume-code__qr" role="img" aria-label={label} dangerouslySetInnerHTML={{ __html: renderSVG(link, { border: 2 }) }} />;
}
