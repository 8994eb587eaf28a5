import { escapeHtml, link, page } from "./html";
import type { PackPlan } from "./pack-plan";

/**
 * The pack's index.html: every file in the pack, linked by its relative path, section by section.
 * Each link sits in its own paragraph, so that even unstyled (as the app serves it) the links are
 * far enough apart to tap.
 */
export function indexPage(plan: PackPlan, options: { builtAt: Date; missing: ReadonlySet<string>; styled?: boolean }): string {
  const sections = plan.sections.map((section) => {
    const groups = section.groups.map((group) => {
      const items = group.entries
        .map((entry) =>
          options.missing.has(entry.path)
            ? `<li><p>${escapeHtml(entry.label)} (missing from the file storage: not in the pack)</p></li>`
            : `<li><p>${link(entry.path, entry.label)}</p></li>`,
        )
        .join("\n");
      return `${group.title ? `<h3>${escapeHtml(group.title)}</h3>\n` : ""}<ul>\n${items}\n</ul>`;
    });
    const content = groups.length > 0 ? groups.join("\n") : "<p>Nothing to include.</p>";
    return `<section>\n<h2>${escapeHtml(section.heading)}</h2>\n<p>${escapeHtml(section.description)}</p>\n${content}\n</section>`;
  });
  const contents = `<nav aria-label="Contents"><h2>Contents</h2><ol>${plan.sections
    .map((s, i) => `<li><p><a href="#s${i + 1}">${escapeHtml(s.heading)}</a></p></li>`)
    .join("")}</ol></nav>`;
  const body = [
    `<p>Prepared on ${escapeHtml(options.builtAt.toISOString().slice(0, 16).replace("T", " "))} UTC. Unzip the pack and open this page: every link opens a file in the pack.</p>`,
    contents,
    ...sections.map((s, i) => s.replace("<section>", `<section id="s${i + 1}">`)),
  ].join("\n");
  return page(plan.title, body, { styled: options.styled });
}
