import bcrypt from "bcryptjs";
import { definePersonalAction } from "@/lib/actions/define-action";
import { AppError } from "@/lib/errors/app-error";
import { passwordHashCost, passwordProblem } from "./password-policy";
import { changePasswordSchema } from "./password-schemas";

export const changePassword = definePersonalAction({
  name: "account.changePassword",
  input: changePasswordSchema,
  permission: "home.view",
  async handler(input, { tx, access, audit }) {
    const user = await tx.user.findUniqueOrThrow({ where: { id: access.userId } });
    const matches = user.passwordHash ? await bcrypt.compare(input.currentPassword, user.passwordHash) : false;
    if (!matches) {
      throw new AppError("INVALID_INPUT", undefined, { currentPassword: ["That is not your current password."] });
    }
    const problem = passwordProblem(input.password, user.email);
    if (problem) throw new AppError("INVALID_INPUT", undefined, { password: [problem] });
    if (input.password === input.currentPassword) {
      throw new AppError("INVALID_INPUT", undefined, { password: ["Choose a password different from your current one."] });
    }
    // A new session version signs out every other session (a stolen one included); the form
    // signs this one in again with the new password.
    await tx.user.update({
      where: { id: user.id },
      data: { passwordHash: await bcrypt.hash(input.password, passwordHashCost), sessionVersion: { increment: 1 } },
    });
    // A person's password is theirs, not a centre's: recorded on the platform chain.
    await audit({ centreId: null, action: "account.changePassword", targetType: "User", targetId: user.id, summary: { email: user.email } });
    return { changed: true, email: user.email };
  },
});
