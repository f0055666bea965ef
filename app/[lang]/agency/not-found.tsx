// What staff see for an unknown page or a file that is not their agency's: the same words for both.
import { StaffNotFound } from "@/components/staff/StaffNotFound";

export default function AgencyNotFound() {
  return <StaffNotFound />;
}
