/** "Unit 7 (R/506/2151) Resolve customers' complaints", as the criteria picker names units. */
export function unitLabel(unit: { urn: string; title: string; unitNumber?: number | null }): string {
  return `${unit.unitNumber ? `Unit ${unit.unitNumber} ` : ""}(${unit.urn}) ${unit.title}`;
}
