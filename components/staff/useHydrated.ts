"use client";
// Whether React has taken over the page: buttons that need script stay disabled until then, so an early tap is not
// lost as a native form submission (which would also put what was typed into the address).
import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};

export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}
