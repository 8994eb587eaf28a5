export const malpracticeStatusLabels = {
  UNDER_INVESTIGATION: "Under investigation",
  CLOSED: "Closed",
} as const;

export const malpracticeSubjectLabels = {
  STAFF: "A member of staff",
  CANDIDATE: "A candidate",
} as const;

/** What the head of centre must do (OCR handbook 5.22), shown on the malpractice pages. */
export const malpracticeDuty =
  "The head of centre reports every case of suspected malpractice involving staff or candidates in writing to the awarding body (OCR: Risk and Compliance, compliance@ocr.org.uk) and, when asked, investigates promptly and reports the outcome. These cases are confidential: only the head of centre sees them. While a case is under investigation, the person's records are never destroyed.";
