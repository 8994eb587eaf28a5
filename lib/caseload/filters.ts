// The caseload's filters, read from the page's query string. Pure: anything unexpected falls back
// to the default rather than failing, since these come from a URL anyone can edit.

export const caseloadPageSize = 25;

export type CaseloadFilters = {
  /** One of the person's own centres, or null for all of them. */
  centreId: string | null;
  /** Only candidates with something waiting for the assessor. */
  needsMe: boolean;
  /** Part of a candidate's name. */
  search: string;
  /** 1-based. */
  page: number;
};

type Params = Record<string, string | string[] | undefined>;

function first(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value) ?? "";
}

/** Control and invisible characters cannot be typed into a search box: dropped rather than refusing the page. */
function withoutInvisible(text: string): string {
  return Array.from(text)
    .filter((char) => {
      const code = char.codePointAt(0) ?? 0;
      const control = code < 0x20 || (code >= 0x7f && code <= 0x9f);
      const invisible = (code >= 0x200b && code <= 0x200f) || (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069);
      return !control && !invisible;
    })
    .join("");
}

/** The filters asked for; a centre the person does not assess for is ignored (all centres). */
export function parseCaseloadFilters(params: Params, ownCentreIds: readonly string[]): CaseloadFilters {
  const centre = first(params.centre);
  const page = Number.parseInt(first(params.page), 10);
  return {
    centreId: ownCentreIds.includes(centre) ? centre : null,
    needsMe: first(params.needs) === "1",
    // Control characters cannot be typed into a search box; drop them rather than refuse the page.
    search: withoutInvisible(first(params.q)).trim().slice(0, 100),
    page: Number.isFinite(page) && page >= 1 && page <= 10_000 ? page : 1,
  };
}

/** The query string for the same filters on another page (or with one filter changed). */
export function caseloadHref(filters: CaseloadFilters, change: Partial<CaseloadFilters> = {}): string {
  const next = { ...filters, ...change };
  const params = new URLSearchParams();
  if (next.centreId) params.set("centre", next.centreId);
  if (next.needsMe) params.set("needs", "1");
  if (next.search) params.set("q", next.search);
  if (next.page > 1) params.set("page", String(next.page));
  const query = params.toString();
  return query ? `/caseload?${query}` : "/caseload";
}

/** A LIKE pattern matching the text anywhere, with the pattern's own wildcards escaped. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (match) => `\\${match}`)}%`;
}

export type NeedsCounts = {
  evidenceAwaitingJudgement: number;
  feedbackOwed: number;
  unitsReadyToSign: number;
  /** Units an IQA reopened: the assessor changes the decision and signs it again. */
  unitsReopened?: number;
  repliesToRead: number;
};

/** Whether anything on the candidate's row is the assessor's to do now (plans wait on the candidate). */
export function needsMeNow(counts: NeedsCounts): boolean {
  return (
    counts.evidenceAwaitingJudgement + counts.feedbackOwed + counts.unitsReadyToSign + (counts.unitsReopened ?? 0) + counts.repliesToRead >
    0
  );
}
