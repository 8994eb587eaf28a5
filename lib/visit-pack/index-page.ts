import { escapeHtml, link, page } from "./html";
import type { PackPlan } from "./pack-plan";

/** The pack's index.html: every file in the pack, linked by its relative path, section by section. */
export function indexPage(plan: PackPlan, options: { builtAt: Date; missing: ReadonlySet<string> }): string {
  const sections = plan.sections.map((section) => {
    const groups = section.groups.map((group) => {
      const items = group.entries
        .map((entry) =>
          options.missing.has(entry.path)
            ? `<li>${escapeHtml(entry.label)} (missing from the file storage: not in the pack)</li>`
            : `<li>${link(entry.path, entry.label)}</li>`,
        )
        .join("\n");
      return `${group.title ? `<h3>${escapeHtml(group.title)}</h3>\n` : ""}<ul>\n${items}\n</ul>`;
    });
    const content = groups.length > 0 ? groups.join("\n") : "<p>Nothing to include.</p>";
    return `<section>\n<h2>${escapeHtml(section.heading)}</h2>\n<p>${escapeHtml(section.description)}</p>\n${content}\n</section>`;
  });
  const contents = `<nav aria-label="Contents"><h2>Contents</h2><ol>${plan.sections
    .map((s, i) => `<li><a href="#s${i + 1}">${escapeHtml(s.heading)}</a></li>`)
    .join("")}</ol></nav>`;
  const body = [
    `<p>Prepared on ${escapeHtml(options.builtAt.toISOString().slice(0, 16).replace("T", " "))} UTC. Unzip the pack and open this page: every link opens a file in the pack.</p>`,
    contents,
    ...sections.map((s, i) => s.replace("<section>", `<section id="s${i + 1}">`)),
  ].join("\n");
  return page(plan.title, body);
}
