import { describe, expect, it } from "vitest";
import { invitationEmail, passwordResetEmail, unlockSignInEmail } from "./templates";

const expiresAt = new Date("2026-12-06T14:30:00Z");

describe("email templates", () => {
  it("an invitation names the centre, the role and who invited, with the link in text and HTML", () => {
    const email = invitationEmail({
      name: "Nadia Begum",
      centreName: "Riverside Training Ltd",
      roleLabel: "Assessor",
      invitedBy: "Tom Barker",
      link: "https://assay.example/invitation/tok_123",
      expiresAt,
    });
    expect(email.subject).toBe("You are invited to work at Riverside Training Ltd on Assay");
    expect(email.text).toContain("Hello Nadia Begum,");
    expect(email.text).toContain("Tom Barker has invited you to join Riverside Training Ltd on Assay as Assessor.");
    expect(email.text).toContain("https://assay.example/invitation/tok_123");
    expect(email.text).toContain("until 6 December 2026");
    expect(email.html).toContain('<a href="https://assay.example/invitation/tok_123"');
  });

  it("a candidate is invited to their own assessment record, not to work at the centre", () => {
    const email = invitationEmail({
      name: "Chloe Turner",
      centreName: "Northgate College",
      roleLabel: "Candidate",
      invitedBy: "Priya Shah",
      link: "https://assay.example/invitation/tok_456",
      expiresAt,
      asCandidate: true,
    });
    expect(email.subject).toBe("Your assessment record at Northgate College is on Assay");
    expect(email.text).toContain("Priya Shah has registered you as a candidate at Northgate College.");
    expect(email.text).not.toContain("to work at");
    expect(email.text).toContain("https://assay.example/invitation/tok_456");
  });

  it("escapes what people typed in the HTML version", () => {
    const email = invitationEmail({
      name: '<img src=x onerror="alert(1)">',
      centreName: "Smith & Sons <Training>",
      roleLabel: "Assessor",
      invitedBy: "O'Brien",
      link: "https://assay.example/invitation/t",
      expiresAt,
    });
    expect(email.html).not.toContain("<img");
    expect(email.html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
    expect(email.html).toContain("Smith &amp; Sons &lt;Training&gt;");
    expect(email.html).toContain("O&#39;Brien");
    // The plain-text version is not HTML: it keeps the characters as typed.
    expect(email.text).toContain("Smith & Sons <Training>");
  });

  it("a password reset says how long the link works, in UK time, and what happens if ignored", () => {
    const email = passwordResetEmail({ link: "https://assay.example/reset-password/abc", expiresAt: new Date("2026-07-01T10:15:00Z") });
    expect(email.subject).toBe("Reset your Assay password");
    expect(email.text).toContain("https://assay.example/reset-password/abc");
    expect(email.text).toContain("until 11:15 (UK time) on 1 July 2026");
    expect(email.text).toContain("If you did not ask for this, ignore this email");
  });

  it("an unlock message carries its link", () => {
    const email = unlockSignInEmail({ link: "https://assay.example/unlock/xyz", expiresAt });
    expect(email.subject).toBe("Unlock sign-in to your Assay account");
    expect(email.text).toContain("https://assay.example/unlock/xyz");
    expect(email.html).toContain('href="https://assay.example/unlock/xyz"');
  });
});
