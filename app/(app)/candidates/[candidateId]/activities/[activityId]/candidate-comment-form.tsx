"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { TextAreaField } from "@/components/ui/text-area-field";
import { applyActionErrors } from "@/components/forms/apply-action-errors";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { useToast } from "@/components/ui/toast";
import { commentOnActivitySchema, type CommentOnActivityInput } from "@/lib/activities/schemas";
import { commentOnActivityAction } from "../actions";

/** The candidate's own comment on an activity recorded for them. */
export function CandidateCommentForm(props: { workspaceKey: string; activityId: string; version: number; comment: string | null }) {
  const router = useRouter();
  const toast = useToast();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, setError, formState } = useForm<CommentOnActivityInput>({
    resolver: zodResolver(commentOnActivitySchema),
    values: { activityId: props.activityId, version: props.version, candidateComment: props.comment ?? "" },
    resetOptions: { keepDirtyValues: true },
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await commentOnActivityAction(props.workspaceKey, values);
    if (!result.ok) {
      setFormError(applyActionErrors(result, setError, ["candidateComment"]));
      return;
    }
    toast.show("Your comment is saved.");
    router.refresh();
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex flex-col gap-4" aria-label="Your comment">
      <FormError message={formError} />
      <TextAreaField
        label={props.comment ? "Change your comment" : "Your comment on the activity and the decision"}
        rows={3}
        {...register("candidateComment")}
        error={formState.errors.candidateComment?.message}
      />
      <div>
        <Button type="submit" pending={formState.isSubmitting}>
          Save comment
        </Button>
      </div>
    </form>
  );
}
