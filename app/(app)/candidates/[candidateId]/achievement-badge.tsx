import { Badge } from "@/components/ui/badge";
import { displayDay } from "@/lib/format/dates";
import type { UnitAchievement } from "@/lib/rules/criteria-progress";

/** A unit's RD03 standing in words (never colour alone). */
export function AchievementBadge({ achievement }: { achievement: UnitAchievement }) {
  switch (achievement.state) {
    case "achieved":
      return (
        <Badge tone="success">
          <span aria-hidden="true">{"\u2713"} </span>Achieved {displayDay(achievement.on)}
        </Badge>
      );
    case "awaitingCountersignature":
      return <Badge tone="warning">Signed off, awaiting countersignature: does not count yet</Badge>;
    case "awaitingSignature":
      return <Badge tone="warning">Sign-off changed: awaiting signature</Badge>;
    case "notAchieved":
      return <Badge tone="neutral">Not yet achieved</Badge>;
  }
}
