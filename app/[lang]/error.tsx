"use client";
// A page that throws while showing: the person's language and the site's frame stay (app/global-error.tsx covers
// the frame itself).
import { PageError } from "@/components/errors/PageError";

export default PageError;
