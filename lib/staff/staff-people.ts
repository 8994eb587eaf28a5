// The staff list shows one row per person, with each of their roles at the centre (an assessor
// who is also an IQA holds two memberships, but is one person to the admin).

type MembershipRow = {
  id: string;
  role: string;
  status: "ACTIVE" | "DEACTIVATED";
  user: { id: string; name: string; email: string; hasPassword: boolean };
};

export type StaffPerson<M extends MembershipRow> = {
  userId: string;
  name: string;
  email: string;
  hasPassword: boolean;
  memberships: M[];
  /** True when at least one of the person's roles here is active. */
  active: boolean;
};

export function groupStaffByPerson<M extends MembershipRow>(memberships: readonly M[]): StaffPerson<M>[] {
  const people = new Map<string, StaffPerson<M>>();
  for (const membership of memberships) {
    const person = people.get(membership.user.id) ?? {
      userId: membership.user.id,
      name: membership.user.name,
      email: membership.user.email,
      hasPassword: membership.user.hasPassword,
      memberships: [],
      active: false,
    };
    person.memberships.push(membership);
    person.active ||= membership.status === "ACTIVE";
    people.set(membership.user.id, person);
  }
  // Active people first, then by name, as an admin scans for who is working here now.
  return [...people.values()].sort((a, b) => Number(b.active) - Number(a.active) || a.name.localeCompare(b.name));
}
