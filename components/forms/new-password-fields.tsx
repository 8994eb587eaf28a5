import type { UseFormRegisterReturn } from "react-hook-form";
import { TextField } from "@/components/ui/text-field";
import { minimumPasswordLength } from "@/lib/auth/password-policy";

/** The "choose a password, then type it again" pair, the same wherever a password is set. */
export function NewPasswordFields(props: {
  password: UseFormRegisterReturn;
  passwordError?: string;
  confirmPassword: UseFormRegisterReturn;
  confirmPasswordError?: string;
}) {
  return (
    <>
      <TextField
        label="New password"
        type="password"
        autoComplete="new-password"
        hint={`At least ${minimumPasswordLength} characters. Three random words work well.`}
        {...props.password}
        error={props.passwordError}
      />
      <TextField
        label="Confirm new password"
        type="password"
        autoComplete="new-password"
        {...props.confirmPassword}
        error={props.confirmPasswordError}
      />
    </>
  );
}
