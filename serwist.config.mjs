// @ts-check
// Serwist in configurator mode: the service worker is built after `next build`, so every prerendered page
// (each question in each language) is precached and the whole file can be filled in offline once opened.
import { serwist } from "@serwist/next/config";

export default serwist({
  swSrc: "app/sw.ts",
  swDest: "public/sw.js",
  precachePrerendered: true,
  // Icons and screenshots for the README are not part of the app.
  globIgnores: ["public/screenshots/**"],
});
