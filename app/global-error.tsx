"use client";
// When the root layout itself fails: Next replaces the whole document with this one.
import { GlobalError } from "@/components/errors/GlobalError";
import "./globals.css";

export default GlobalError;
