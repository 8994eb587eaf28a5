import { describe, expect, it } from "vitest";
import { recordAccessEmail } from "./record-access-email";

const notice = {
  name: "Ivan Assessor",
  centreName: "Delta Training",
  awardingBodyName: "The Institute of Customer Service",
  changedBy: "Dee Admin",
  link: "https://assay.example/professional-record",
} as const;

describe("the email telling a person the centre can read their professional record", () => {
  it("says who made them an assessor again, who can read what, and how to stop it, in text and HTML", () => {
    const email = recordAccessEmail({ ...notice, role: "ASSESSOR", change: "reactivated" });
    expect(email.subject).toBe("Delta Training can now read your professional record on Assay");
    expect(email.text).toContain("Dee Admin has made you an assessor at Delta Training again on Assay.");
    expect(email.text).toContain(
      "Delta Training's centre admins, head of centre and external verifier, and the staff of The Institute of Customer Service, can read your professional record",
    );
    expect(email.text).toContain("ask them to deactivate your membership");
    expect(email.text).toContain("https://assay.example/professional-record");
    expect(email.html).toContain('<a href="https://assay.example/professional-record"');
    expect(email.html).toContain("Delta Training&#39;s centre admins");
  });

  it("names the new role after a role change", () => {
    const email = recordAccessEmail({ ...notice, role: "IQA", change: "roleChanged" });
    expect(email.text).toContain(
      "Dee Admin has changed your role at Delta Training on Assay: you are now an internal quality assurer (IQA) there.",
    );
  });
});
