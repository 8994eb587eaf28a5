import { describe, expect, it } from "vitest";
import { groupStaffByPerson } from "./staff-people";

const person = (id: string, name: string) => ({ id, name, email: `${id}@x.example`, hasPassword: true });

describe("staff list by person", () => {
  it("puts a person's roles in one row, active people first", () => {
    const grace = person("u1", "Grace");
    const adam = person("u2", "Adam");
    const bea = person("u3", "Bea");
    const people = groupStaffByPerson([
      { id: "m1", role: "ASSESSOR", status: "ACTIVE" as const, user: grace },
      { id: "m2", role: "ASSESSOR", status: "DEACTIVATED" as const, user: adam },
      { id: "m3", role: "IQA", status: "ACTIVE" as const, user: grace },
      { id: "m4", role: "CENTRE_ADMIN", status: "ACTIVE" as const, user: bea },
    ]);
    expect(people.map((p) => [p.name, p.active, p.memberships.map((m) => m.id)])).toEqual([
      ["Bea", true, ["m4"]],
      ["Grace", true, ["m1", "m3"]],
      ["Adam", false, ["m2"]],
    ]);
  });
});
