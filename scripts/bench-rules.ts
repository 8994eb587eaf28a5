// Micro-benchmark for the rule of combination (not a test): how many candidates per second
// evaluateRuleOfCombination and suggestUnitsToComplete handle for the OCR Level 3 Diploma in
// Customer Service on one core. Run with `npx tsx scripts/bench-rules.ts`.
// Target (issue 3): at least 100,000 evaluations per second.
import { ocrLevel3DiplomaInCustomerService as qualification } from "@/lib/qualifications/ocr-10380";
import { evaluateRuleOfCombination, suggestUnitsToComplete } from "@/lib/rules/rule-of-combination";
import { seededRandom } from "@/lib/rules/seeded-random";

const CANDIDATES = 20_000;
const EVALUATION_TARGET_PER_SECOND = 100_000;

/** Candidates at every stage: some units of each group, mandatory units usually but not always done. */
function generateCandidates(count: number, seed: string): string[][] {
  const random = seededRandom(seed);
  const candidates: string[][] = [];
  for (let c = 0; c < count; c++) {
    const progress = random();
    const achieved: string[] = [];
    for (const unit of qualification.units) {
      const chance = unit.group === "A" ? progress * 1.1 : unit.group === "B" ? progress * 0.35 : progress * 0.2;
      if (random() < chance) achieved.push(unit.urn);
    }
    candidates.push(achieved);
  }
  return candidates;
}

function measure(label: string, candidates: readonly string[][], run: (achieved: readonly string[]) => unknown, minimumMs: number) {
  for (let i = 0; i < Math.min(2_000, candidates.length); i++) run(candidates[i] as string[]); // warm up the JIT
  let calls = 0;
  const started = performance.now();
  let elapsed = 0;
  while (elapsed < minimumMs) {
    for (const achieved of candidates) run(achieved);
    calls += candidates.length;
    elapsed = performance.now() - started;
  }
  const perSecond = Math.round((calls / elapsed) * 1000);
  console.log(
    `${label.padEnd(28)} ${perSecond.toLocaleString("en-GB").padStart(12)} per second  (${calls.toLocaleString("en-GB")} calls in ${Math.round(elapsed)} ms)`,
  );
  return perSecond;
}

const candidates = generateCandidates(CANDIDATES, "bench-rules");
const achievedCount = candidates.filter((achieved) => evaluateRuleOfCombination(qualification, achieved).achieved).length;
console.log(
  `OCR ${qualification.qualificationNumber} ${qualification.title}: ${candidates.length.toLocaleString("en-GB")} generated candidates, ${achievedCount.toLocaleString("en-GB")} already achieved`,
);

const evaluations = measure(
  "evaluateRuleOfCombination",
  candidates,
  (achieved) => evaluateRuleOfCombination(qualification, achieved),
  2_000,
);
measure("suggestUnitsToComplete", candidates.slice(0, 5_000), (achieved) => suggestUnitsToComplete(qualification, achieved), 2_000);

const verdict = evaluations >= EVALUATION_TARGET_PER_SECOND ? "meets" : "MISSES";
console.log(`Evaluation ${verdict} the target of ${EVALUATION_TARGET_PER_SECOND.toLocaleString("en-GB")} per second.`);
