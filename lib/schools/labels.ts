import type { BadgeTone } from "@/components/ui/badge";
import type { IctMarkState } from "@/lib/rules/ict-mark";

// How a school's ICT Mark state reads on screen (Naace ICT Mark principle 8).

export const ictMarkStateLabels: Record<IctMarkState, string> = {
  notAwarded: "Not awarded",
  current: "Current",
  renewalDue: "Renewal due",
  expired: "Expired",
};

export const ictMarkStateTones: Record<IctMarkState, BadgeTone> = {
  notAwarded: "neutral",
  current: "success",
  renewalDue: "warning",
  expired: "danger",
};
