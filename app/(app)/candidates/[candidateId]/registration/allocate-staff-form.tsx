"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { applyActionErrors } from "@/components/forms/apply-action-errors";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { SelectField } from "@/components/ui/select-field";
import { useToast } from "@/components/ui/toast";
import { allocateStaffSchema, type AllocateStaffInput } from "@/lib/candidates/schemas";
import { allocateStaffAction } from "./actions";

type Person = { userId: string; name: string };

export function AllocateStaffForm(props: {
  workspaceKey: string;
  candidateId: string;
  version: number;
  assessorUserId: string;
  iqaUserId: string;
  assessors: Person[];
  iqas: Person[];
}) {
  const router = useRouter();
  const toast = useToast();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, setError, formState } = useForm<AllocateStaffInput>({
    resolver: zodResolver(allocateStaffSchema),
    defaultValues: {
      candidateId: props.candidateId,
      version: props.version,
      assessorUserId: props.assessorUserId,
      iqaUserId: props.iqaUserId,
    },
  });
  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await allocateStaffAction(props.workspaceKey, { ...values, candidateId: props.candidateId, version: props.version });
    if (!result.ok) {
      setFormError(applyActionErrors(result, setError, ["assessorUserId", "iqaUserId"]));
      return;
    }
    toast.show("The allocation was saved.");
    router.refresh();
  });
  // Someone allocated before they left keeps showing until changed, so the admin sees who it was.
  const withCurrent = (people: Person[], current: string, label: string) =>
    current && !people.some((p) => p.userId === current) ? [...people, { userId: current, name: `${label} (no longer active)` }] : people;
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex max-w-md flex-col gap-4" aria-label="Allocate the assessor and IQA">
      <FormError message={formError} />
      <SelectField
        label="Assessor"
        placeholder="Not allocated"
        options={withCurrent(props.assessors, props.assessorUserId, "Current assessor").map((p) => ({ value: p.userId, label: p.name }))}
        {...register("assessorUserId")}
        error={formState.errors.assessorUserId?.message}
      />
      <SelectField
        label="IQA"
        placeholder="Not allocated"
        options={withCurrent(props.iqas, props.iqaUserId, "Current IQA").map((p) => ({ value: p.userId, label: p.name }))}
        {...register("iqaUserId")}
        error={formState.errors.iqaUserId?.message}
      />
      <div>
        <Button type="submit" pending={formState.isSubmitting}>
          Save allocation
        </Button>
      </div>
    </form>
  );
}
