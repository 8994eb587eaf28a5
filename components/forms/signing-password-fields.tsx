import type { ReactNode } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";

const deliberateSigningHint = "Signing is deliberate: enter the password you sign in with.";

/**
 * The end of every "sign with your password" form: the statement being signed, anything the form
 * must say before the password (children), the password and the submit button.
 */
export function SigningPasswordFields(props: {
  password: UseFormRegisterReturn;
  passwordError?: string;
  submitLabel: string;
  pending: boolean;
  /** The words the signer signs, shown in quotes above the password. */
  statement?: string;
  hint?: string;
  children?: ReactNode;
}) {
  return (
    <>
      {props.statement !== undefined && <p className="font-semibold">&ldquo;{props.statement}&rdquo;</p>}
      {props.children}
      <TextField
        label="Your password"
        hint={props.hint ?? deliberateSigningHint}
        type="password"
        autoComplete="current-password"
        {...props.password}
        error={props.passwordError}
      />
      <div>
        <Button type="submit" pending={props.pending}>
          {props.submitLabel}
        </Button>
      </div>
    </>
  );
}
