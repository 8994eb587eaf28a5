"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from "react";
import { Controller, useFieldArray, useForm, type Path } from "react-hook-form";
import { CriteriaPicker } from "@/components/criteria/criteria-picker";
import type { PickableCriterion } from "@/components/criteria/pickable-criterion";
import { TextAreaField } from "@/components/ui/text-area-field";
import { FileUpload, type UploadedFile } from "@/components/files/file-upload";
import { applyActionErrors } from "@/components/forms/apply-action-errors";
import { Button } from "@/components/ui/button";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { FormError } from "@/components/ui/form-error";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { useToast } from "@/components/ui/toast";
import { activityDecisionOptions, activityMethodOptions, criterionJudgementOptions } from "@/lib/activities/labels";
import {
  recordActivityFields,
  recordActivitySchema,
  type ActivityDraftContent,
  type RecordActivityInput,
  type RecordActivityValues,
} from "@/lib/activities/schemas";
import { discardActivityDraftAction, recordActivityAction, saveActivityDraftAction } from "./actions";
import { readLocalDraft, removeLocalDraft, writeLocalDraft } from "./local-draft";
import type { AssessorNotes } from "@/lib/assessment-arrangements/shown-to-assessor";
import { AssessorNotesPanel } from "../candidates/[candidateId]/arrangements/assessor-notes-panel";

type Candidate = { id: string; name: string; workplace: string | null; qualificationId: string; allocatedToMe: boolean };
type Draft = { clientDraftId: string; content: ActivityDraftContent; updatedAt: string };

/** How long after typing stops the draft goes to the server (the device's copy is kept at once). */
const serverSaveDelayMs = 2500;
const localSaveDelayMs = 300;

function newDraftId(): string {
  if (typeof crypto !== "undefined" && typeof crypto.randomUUID === "function") return crypto.randomUUID();
  return `d-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}

function subscribeOnline(onChange: () => void) {
  window.addEventListener("online", onChange);
  window.addEventListener("offline", onChange);
  return () => {
    window.removeEventListener("online", onChange);
    window.removeEventListener("offline", onChange);
  };
}
const useOnline = () =>
  useSyncExternalStore(
    subscribeOnline,
    () => navigator.onLine,
    () => true,
  );

/** "10:42" today, otherwise "Tue 3 Mar at 10:42". */
function whenSaved(iso: string): string {
  const date = new Date(iso);
  const time = date.toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit" });
  if (date.toDateString() === new Date().toDateString()) return time;
  return `${date.toLocaleDateString("en-GB", { weekday: "short", day: "numeric", month: "short" })} at ${time}`;
}

/** Whether a draft holds anything the person typed or chose. */
function hasContent(content: ActivityDraftContent): boolean {
  return Boolean(
    content.description ||
    (content.criteria && content.criteria.length > 0) ||
    (content.fileIds && content.fileIds.length > 0) ||
    content.feedbackAchieved ||
    content.feedbackNextSteps ||
    content.candidateComment ||
    content.candidateId,
  );
}

function toDraftContent(values: Partial<RecordActivityInput>): ActivityDraftContent {
  const { clientDraftId: _unused, ...rest } = values;
  void _unused;
  return {
    ...rest,
    criteria: (rest.criteria ?? []).filter((row): row is NonNullable<typeof row> => Boolean(row?.criterionId)),
    savedAt: new Date().toISOString(),
  } as ActivityDraftContent;
}

/** The default "what was achieved": the ticked criteria by unit and judgement, for the assessor to edit. */
function achievedText(rows: readonly { criterionId: string; judgement: string }[], byId: Map<string, PickableCriterion>): string {
  const units = new Map<string, { met: string[]; partly: string[] }>();
  for (const row of rows) {
    const criterion = byId.get(row.criterionId);
    if (!criterion || row.judgement === "NOT_YET_MET") continue;
    const unit = units.get(criterion.unitLabel) ?? { met: [], partly: [] };
    (row.judgement === "MET" ? unit.met : unit.partly).push(criterion.ref);
    units.set(criterion.unitLabel, unit);
  }
  return [...units.entries()]
    .map(([label, unit]) =>
      [
        `${label}:`,
        unit.met.length > 0 ? ` met ${unit.met.join(", ")}` : "",
        unit.met.length > 0 && unit.partly.length > 0 ? ";" : "",
        unit.partly.length > 0 ? ` partly met ${unit.partly.join(", ")}` : "",
        ".",
      ].join(""),
    )
    .join("\n");
}

type SaveState = { kind: "idle" } | { kind: "device"; at: string } | { kind: "server"; at: string } | { kind: "failed"; message: string };

export function RecordActivityForm(props: {
  workspaceKey: string;
  /** Identifies this person's draft at this centre in the browser's storage. */
  draftKey: string;
  today: string;
  candidates: Candidate[];
  criteriaByQualification: Record<string, PickableCriterion[]>;
  serverDraft: Draft | null;
  unattachedFiles: UploadedFile[];
  preselectedCandidateId: string | null;
  /** Arrangements in force and prior learning, by candidate id (shown once the candidate is chosen). */
  assessorNotes?: Record<string, AssessorNotes>;
}) {
  const router = useRouter();
  const toast = useToast();
  const online = useOnline();
  const localKey = `activity-draft:${props.draftKey}`;
  const [formError, setFormError] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  const [showJustification, setShowJustification] = useState(false);
  const [offer, setOffer] = useState<Draft | null>(null);
  const [deviceStorage, setDeviceStorage] = useState(true);
  const [saveState, setSaveState] = useState<SaveState>({ kind: "idle" });
  const [restoredFiles, setRestoredFiles] = useState<{ key: number; files: UploadedFile[] }>({ key: 0, files: [] });

  const initialCandidate = props.candidates.find((candidate) => candidate.id === props.preselectedCandidateId);
  const defaults = useMemo<RecordActivityInput>(
    () => ({
      clientDraftId: "",
      candidateId: initialCandidate?.id ?? "",
      method: "OBSERVATION",
      occurredOn: props.today,
      place: initialCandidate?.workplace ?? "",
      description: "",
      criteria: [],
      decision: "CRITERIA_MET",
      simulated: false,
      fileIds: [],
      feedbackAchieved: "",
      feedbackNextSteps: "",
      candidateComment: "",
      busyDayJustification: "",
    }),
    [initialCandidate, props.today],
  );
  const { register, control, handleSubmit, setError, setValue, getValues, watch, reset, formState } = useForm<
    RecordActivityInput,
    unknown,
    RecordActivityValues
  >({ resolver: zodResolver(recordActivitySchema), defaultValues: defaults });
  const { fields, append, remove, replace } = useFieldArray({ control, name: "criteria", keyName: "key" });

  const candidateId = watch("candidateId");
  const ticked = watch("criteria");
  const candidate = props.candidates.find((row) => row.id === candidateId);
  const criteria = useMemo(
    () => (candidate ? (props.criteriaByQualification[candidate.qualificationId] ?? []) : []),
    [candidate, props.criteriaByQualification],
  );
  const criterionById = useMemo(() => new Map(criteria.map((criterion) => [criterion.id, criterion])), [criteria]);
  const selectedIds = useMemo(() => ticked.map((row) => row.criterionId), [ticked]);

  // "What was achieved" follows the ticked criteria until the assessor writes their own.
  const autoAchieved = useRef("");
  const tickedKey = ticked.map((row) => `${row.criterionId}:${row.judgement}`).join(",");
  useEffect(() => {
    const next = achievedText(getValues("criteria"), criterionById);
    if (getValues("feedbackAchieved") === autoAchieved.current && next !== autoAchieved.current) {
      setValue("feedbackAchieved", next);
    }
    autoAchieved.current = next;
  }, [tickedKey, criterionById, getValues, setValue]);

  // --- Drafts: the device's copy at once, the server's a moment after typing stops. ---
  const draftId = useRef<string>("");
  const autosave = useRef(false);
  const timers = useRef<{ local?: ReturnType<typeof setTimeout>; server?: ReturnType<typeof setTimeout> }>({});
  const pendingServer = useRef<ActivityDraftContent | null>(null);
  const inFlight = useRef<Promise<unknown> | null>(null);

  const sendToServer = useCallback(async () => {
    const content = pendingServer.current;
    if (!content || !autosave.current) return;
    if (!navigator.onLine) return; // Sent by the "online" listener below.
    pendingServer.current = null;
    try {
      const request = saveActivityDraftAction(props.workspaceKey, { clientDraftId: draftId.current, content });
      inFlight.current = request;
      const result = await request;
      if (result.ok) setSaveState({ kind: "server", at: content.savedAt ?? new Date().toISOString() });
      else setSaveState({ kind: "failed", message: result.message });
    } catch {
      // The connection dropped mid-request: try again when it is back.
      pendingServer.current ??= content;
      setSaveState((state) => (state.kind === "server" ? { kind: "device", at: content.savedAt ?? "" } : state));
    }
  }, [props.workspaceKey]);

  const scheduleSave = useCallback(
    (values: Partial<RecordActivityInput>) => {
      if (!autosave.current) return;
      if (!draftId.current) draftId.current = newDraftId();
      const content = toDraftContent(values);
      clearTimeout(timers.current.local);
      timers.current.local = setTimeout(() => {
        void writeLocalDraft(localKey, { clientDraftId: draftId.current, content }).then((stored) => {
          setDeviceStorage(stored);
          if (stored)
            setSaveState((state) =>
              state.kind === "server" && state.at >= (content.savedAt ?? "") ? state : { kind: "device", at: content.savedAt ?? "" },
            );
        });
      }, localSaveDelayMs);
      pendingServer.current = content;
      clearTimeout(timers.current.server);
      timers.current.server = setTimeout(() => void sendToServer(), serverSaveDelayMs);
    },
    [localKey, sendToServer],
  );

  useEffect(() => {
    const subscription = watch((values) => scheduleSave(values as Partial<RecordActivityInput>));
    return () => subscription.unsubscribe();
  }, [watch, scheduleSave]);

  useEffect(() => {
    if (online && pendingServer.current) void sendToServer();
  }, [online, sendToServer]);

  useEffect(() => {
    const current = timers.current;
    return () => {
      clearTimeout(current.local);
      clearTimeout(current.server);
    };
  }, []);

  // On opening: offer back the newer of the device's draft and the server's.
  useEffect(() => {
    let cancelled = false;
    void readLocalDraft(localKey).then((local) => {
      if (cancelled) return;
      if (local === false) setDeviceStorage(false);
      const fromDevice: Draft | null =
        local && local.content
          ? { clientDraftId: local.clientDraftId, content: local.content, updatedAt: local.content.savedAt ?? "" }
          : null;
      const candidates = [fromDevice, props.serverDraft].filter((draft): draft is Draft => draft !== null && hasContent(draft.content));
      candidates.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
      if (candidates[0]) setOffer(candidates[0]);
      else autosave.current = true;
    });
    return () => {
      cancelled = true;
    };
  }, [localKey, props.serverDraft]);

  function continueDraft(draft: Draft) {
    const content = draft.content;
    const known = new Map(props.unattachedFiles.map((file) => [file.id, file]));
    const files = (content.fileIds ?? []).map((id) => known.get(id)).filter((file): file is UploadedFile => file !== undefined);
    reset({
      ...defaults,
      ...Object.fromEntries(Object.entries(content).filter(([, value]) => value !== undefined)),
      criteria: (content.criteria ?? []).map((row) => ({ ...row, howMet: row.howMet ?? "" })),
      fileIds: files.map((file) => file.id),
      clientDraftId: "",
    } as RecordActivityInput);
    setRestoredFiles((current) => ({ key: current.key + 1, files }));
    autoAchieved.current = content.feedbackAchieved ?? "";
    if (content.busyDayJustification) setShowJustification(true);
    draftId.current = draft.clientDraftId;
    autosave.current = true;
    setOffer(null);
    setSaveState({ kind: "device", at: draft.updatedAt });
  }

  function discardDraft(draft: Draft) {
    void removeLocalDraft(localKey);
    const ids = new Set([draft.clientDraftId, props.serverDraft?.clientDraftId].filter((id): id is string => Boolean(id)));
    for (const clientDraftId of ids) {
      void discardActivityDraftAction(props.workspaceKey, { clientDraftId }).catch(() => undefined);
    }
    autosave.current = true;
    setOffer(null);
  }

  function chooseCandidate(nextId: string) {
    const previous = props.candidates.find((row) => row.id === candidateId);
    const next = props.candidates.find((row) => row.id === nextId);
    const place = getValues("place");
    if (next && (place === "" || place === (previous?.workplace ?? ""))) setValue("place", next.workplace ?? "");
    // Criteria belong to a qualification: those of another one are dropped.
    if (previous && next && previous.qualificationId !== next.qualificationId) replace([]);
    // Photos belong to the candidate they were uploaded for.
    if (previous && next && previous.id !== next.id) setValue("fileIds", []);
  }

  function toggleCriterion(criterionId: string, on: boolean) {
    const index = getValues("criteria").findIndex((row) => row.criterionId === criterionId);
    if (on && index === -1) append({ criterionId, judgement: "MET", howMet: "" }, { shouldFocus: false });
    if (!on && index !== -1) remove(index);
  }

  function resumeServerSave() {
    if (pendingServer.current) timers.current.server = setTimeout(() => void sendToServer(), serverSaveDelayMs);
  }

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    // A draft save still on its way must land before the recording removes the draft.
    clearTimeout(timers.current.server);
    await inFlight.current?.catch(() => undefined);
    try {
      // Feedback is given by saying what comes next; the untouched default alone gives none.
      const noFeedback = values.feedbackNextSteps === "" && values.feedbackAchieved === autoAchieved.current;
      const result = await recordActivityAction(props.workspaceKey, {
        ...values,
        feedbackAchieved: noFeedback ? "" : values.feedbackAchieved,
        clientDraftId: draftId.current,
      });
      if (!result.ok) {
        resumeServerSave();
        if (result.fieldErrors?.busyDayJustification) setShowJustification(true);
        const paths = [
          ...recordActivityFields,
          ...values.criteria.flatMap((_, index) => [`criteria.${index}.howMet`, `criteria.${index}.judgement`]),
        ] as Path<RecordActivityInput>[];
        setFormError(applyActionErrors(result, setError, paths));
        return;
      }
      autosave.current = false;
      clearTimeout(timers.current.local);
      clearTimeout(timers.current.server);
      pendingServer.current = null;
      await removeLocalDraft(localKey);
      toast.show("Activity recorded.");
      router.push(`/candidates/${result.data.candidateId}/activities/${result.data.activityId}`);
    } catch {
      resumeServerSave();
      setFormError(
        "Assay could not be reached, so the activity is not recorded yet. Everything you typed is kept: record it again when you are back online.",
      );
    }
  });

  const errors = formState.errors;
  const candidateOptions = props.candidates.map((row) => ({
    value: row.id,
    label: `${row.name}${row.workplace ? ` (${row.workplace})` : ""}${row.allocatedToMe ? "" : " · not allocated to you"}`,
  }));

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex max-w-2xl flex-col gap-5" aria-label="Record an activity">
      {offer && (
        <div
          role="region"
          aria-label="Unfinished draft"
          className="flex flex-col gap-3 rounded-md border-2 border-brand-700 bg-brand-50 p-4"
        >
          <p className="font-semibold">Continue the draft from {whenSaved(offer.updatedAt)}?</p>
          <p className="text-sm">Nothing new is saved until you choose.</p>
          <div className="flex flex-wrap gap-3">
            <Button type="button" onClick={() => continueDraft(offer)}>
              Continue the draft
            </Button>
            <Button type="button" variant="secondary" onClick={() => discardDraft(offer)}>
              Discard it
            </Button>
          </div>
        </div>
      )}
      <p role="status" className="text-sm text-ink-muted">
        {draftStatusText(saveState, online, deviceStorage)}
      </p>
      <FormError message={formError} />

      <SelectField
        label="Candidate"
        placeholder="Choose the candidate"
        options={candidateOptions}
        {...register("candidateId", { onChange: (event) => chooseCandidate(event.target.value) })}
        error={errors.candidateId?.message}
      />
      {candidate && props.assessorNotes?.[candidate.id] && <AssessorNotesPanel notes={props.assessorNotes[candidate.id]!} />}
      <div className="grid grid-cols-1 gap-5 sm:grid-cols-2">
        <SelectField label="Method" options={activityMethodOptions} {...register("method")} error={errors.method?.message} />
        <TextField label="Date" type="date" max={props.today} {...register("occurredOn")} error={errors.occurredOn?.message} />
      </div>
      <TextField
        label="Place"
        hint="The candidate's workplace unless you change it."
        autoComplete="off"
        {...register("place")}
        error={errors.place?.message}
      />
      <TextAreaField label="What happened" rows={4} {...register("description")} error={errors.description?.message} />

      <CriteriaPicker
        criteria={criteria}
        selected={selectedIds}
        onToggle={toggleCriterion}
        hint={
          candidate
            ? "Tick every criterion the activity covers, in any unit."
            : "Choose the candidate first: their qualification's criteria appear here."
        }
        error={errors.criteria?.message ?? errors.criteria?.root?.message}
      />

      {fields.length > 0 && (
        <fieldset className="flex flex-col gap-4">
          <legend className="mb-1 font-semibold text-ink">How each criterion was met</legend>
          <p className="text-sm text-ink-muted">
            Optional. Where you leave a note empty, what happened (above) is recorded as how the criterion was met. Each is judged met
            unless you change it.
          </p>
          {fields.map((field, index) => {
            const criterion = criterionById.get(field.criterionId);
            return (
              <div key={field.key} className="flex flex-col gap-3 rounded-md border border-line-subtle p-3">
                <p className="font-semibold">
                  {criterion ? `${criterion.ref} ${criterion.text}` : "A criterion no longer in the list"}
                  {criterion && <span className="block text-sm font-normal text-ink-muted">{criterion.unitLabel}</span>}
                </p>
                <SelectField
                  label={`Judgement for ${criterion?.ref ?? "this criterion"}`}
                  options={criterionJudgementOptions}
                  {...register(`criteria.${index}.judgement`)}
                  error={errors.criteria?.[index]?.judgement?.message}
                />
                <TextAreaField
                  label={`How ${criterion?.ref ?? "it"} was met (optional)`}
                  rows={2}
                  {...register(`criteria.${index}.howMet`)}
                  error={errors.criteria?.[index]?.howMet?.message}
                />
              </div>
            );
          })}
        </fieldset>
      )}

      <SelectField label="Decision" options={activityDecisionOptions} {...register("decision")} error={errors.decision?.message} />
      <CheckboxField
        label="Simulated (not real work)"
        hint="Simulation is not allowed for competence units (handbook 5.5)."
        {...register("simulated")}
        error={errors.simulated?.message}
      />

      {candidate ? (
        <Controller
          control={control}
          name="fileIds"
          render={({ field }) => (
            <FileUpload
              key={`${candidate.id}:${restoredFiles.key}`}
              candidateId={candidate.id}
              workspaceKey={props.workspaceKey}
              label="Photos"
              hint="Take a photo or choose files. Make sure no one else's personal details can be read."
              value={field.value}
              onChange={field.onChange}
              initialFiles={restoredFiles.files}
              onBusyChange={setUploading}
              error={errors.fileIds?.message}
            />
          )}
        />
      ) : (
        <p className="text-sm text-ink-muted">Choose the candidate to add photos.</p>
      )}

      <fieldset className="flex flex-col gap-4">
        <legend className="mb-1 font-semibold text-ink">Feedback to the candidate</legend>
        <p className="text-sm text-ink-muted">
          Feedback is recorded when you say what is needed next. What was achieved is filled in from the criteria you ticked: change it as
          you like.
        </p>
        <TextAreaField label="What was achieved" rows={3} {...register("feedbackAchieved")} error={errors.feedbackAchieved?.message} />
        <TextAreaField label="What is needed next" rows={2} {...register("feedbackNextSteps")} error={errors.feedbackNextSteps?.message} />
      </fieldset>
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 font-semibold text-ink">The candidate&apos;s comment</legend>
        <TextAreaField
          label="Comment (optional)"
          hint="What the candidate says about the activity and your decision. They can also add it later from their own account."
          rows={2}
          {...register("candidateComment")}
          error={errors.candidateComment?.message}
        />
      </fieldset>
      {showJustification && (
        <TextAreaField
          label="Why this assessment is needed today"
          hint="You are over the usual number of assessments in a day; the reason is stored with the activity."
          rows={3}
          {...register("busyDayJustification")}
          error={errors.busyDayJustification?.message}
        />
      )}
      <div>
        <Button type="submit" pending={formState.isSubmitting} disabled={uploading}>
          {uploading ? "Waiting for uploads…" : "Record activity"}
        </Button>
      </div>
    </form>
  );
}

function draftStatusText(state: SaveState, online: boolean, deviceStorage: boolean): string {
  if (!online) {
    return deviceStorage
      ? "You are offline. Saved on this device; it will be sent when you are back online."
      : "You are offline, and this browser cannot keep a copy: keep this page open until you are back online.";
  }
  switch (state.kind) {
    case "idle":
      return deviceStorage ? "Your draft saves as you type." : "Your draft saves to Assay as you type (this browser cannot keep a copy).";
    case "device":
      return state.at ? `Draft saved on this device at ${whenSaved(state.at)}.` : "Draft saved on this device.";
    case "server":
      return `Draft saved at ${whenSaved(state.at)}.`;
    case "failed":
      return `The draft could not be saved to Assay: ${state.message}`;
  }
}
