import { displayFindingDates } from "@/lib/format/finding-text";

// The CPD rule writes its findings to the assessor ("you still need …"), as their own record shows
// them. On the awarding body's review they are about the person: "Owen Pritchard still needs …",
// with the days written as on the rest of the page. The rule's wording is left as it is.

/** A finding addressed to the assessor, reworded about them by name, its ISO days shown as `displayDay`. */
export function findingAboutPerson(message: string, personName: string): string {
  return displayFindingDates(message)
    .replace(/\byou still need\b/g, `${personName} still needs`)
    .replace(/\bYou still need\b/g, `${personName} still needs`)
    .replace(/\byour\b/g, "their")
    .replace(/\bYour\b/g, "Their")
    .replace(/\byou\b/g, personName)
    .replace(/\bYou\b/g, personName);
}
