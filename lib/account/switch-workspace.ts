import { auditSummary, definePersonalAction } from "@/lib/actions/define-action";
import { notFound } from "@/lib/errors/app-error";
import { switchWorkspaceSchema } from "./schemas";

/** Makes another of the person's own centres (or awarding bodies) the active one. */
export const switchWorkspace = definePersonalAction({
  name: "session.switchWorkspace",
  audit: { label: "Started working in this centre", summary: auditSummary<{ to: string }>() },
  input: switchWorkspaceSchema,
  permission: "home.view",
  async handler(input, { access, audit }) {
    const target = access.workspaces.find((w) => w.key === input.workspaceKey);
    if (!target) throw notFound("Centre");
    await audit({
      centreId: target.kind === "centre" ? target.centreId : null,
      targetType: target.kind === "centre" ? "Centre" : "AwardingBody",
      targetId: target.kind === "centre" ? target.centreId : target.awardingBodyId,
      // Only the destination: the centre they came from is another tenant's business.
      summary: { to: target.name },
    });
    return { workspaceKey: target.key, name: target.name };
  },
});
