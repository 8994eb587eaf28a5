"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, type FieldErrors, type UseFormRegister } from "react-hook-form";
import { applyActionErrors } from "@/components/forms/apply-action-errors";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { useToast } from "@/components/ui/toast";
import { updateRegistrationSchema, type UpdateRegistrationInput } from "@/lib/candidates/schemas";
import {
  EntryFields,
  PersonFields,
  profileFieldNames,
  UlnFields,
  ulnWarning,
  type ProfileValues,
  type UnitOption,
} from "../../new/registration-fields";
import { updateRegistrationAction } from "./actions";

export function EditRegistrationForm(props: { workspaceKey: string; defaults: UpdateRegistrationInput; units: UnitOption[] }) {
  const router = useRouter();
  const toast = useToast();
  const [formError, setFormError] = useState<string | null>(null);
  const [warnings, setWarnings] = useState<string[]>([]);
  const { register, handleSubmit, setError, watch, formState } = useForm<UpdateRegistrationInput>({
    resolver: zodResolver(updateRegistrationSchema),
    defaultValues: props.defaults,
  });
  const [entryType, uln, publiclyFunded] = watch(["entryType", "uln", "publiclyFunded"]);
  const profileRegister = register as unknown as UseFormRegister<ProfileValues>;
  const profileErrors = formState.errors as FieldErrors<ProfileValues>;

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const input = { ...values, entryUnitIds: values.entryType === "UNITS" ? values.entryUnitIds : [] };
    const result = await updateRegistrationAction(props.workspaceKey, input);
    if (!result.ok) {
      setFormError(applyActionErrors(result, setError, profileFieldNames));
      return;
    }
    setWarnings(result.data.warnings);
    toast.show("The registration was saved.");
    router.refresh();
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex max-w-2xl flex-col gap-8" aria-label="Edit the registration">
      <FormError message={formError} />
      <PersonFields register={profileRegister} errors={profileErrors} />
      <UlnFields register={profileRegister} errors={profileErrors} warning={ulnWarning(uln, publiclyFunded)} />
      <EntryFields register={profileRegister} errors={profileErrors} entryType={entryType} units={props.units} />
      {warnings.length > 0 && (
        <ul className="list-disc space-y-1 pl-6 text-warning-800" role="status">
          {warnings.map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      )}
      <div>
        <Button type="submit" pending={formState.isSubmitting}>
          Save registration
        </Button>
      </div>
    </form>
  );
}
