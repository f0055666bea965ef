// What the question's form puts right after its heading (the Listen button), whatever the answer type's frame:
// Tab from the heading reaches it first, not after every option and link (issue 13).
import { createContext, type ReactNode } from "react";

export const AfterHeading = createContext<ReactNode>(null);
