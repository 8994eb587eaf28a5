// The house rules. Besides the usual TypeScript, React, Next.js and accessibility rules, the
// import restrictions below are the architecture (docs/architecture.md): pages cannot reach the
// database, browser code cannot import server code, rules stay pure, platform code stays generic.
import js from "@eslint/js";
import nextPlugin from "@next/eslint-plugin-next";
import prettier from "eslint-config-prettier";
import jsxA11y from "eslint-plugin-jsx-a11y";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";
import assay from "./scripts/lint/assay-eslint-plugin.js";

const databaseModules = {
  group: ["@/lib/db/*", "!@/lib/db/database-health", "@prisma/*", "pg", "**/generated/**"],
  message: "Pages and components read through lib/<area>/queries.ts and change data through server actions, never the database client.",
};
const runActionDirectly = {
  name: "@/lib/actions/run-action",
  message: "app/ runs actions with performAction (lib/actions/perform-action.ts), which takes the session.",
};
const featureAreas = [
  "account",
  "activities",
  "appeals",
  "assessment-plans",
  "professional-record",
  "audit/queries",
  "candidates",
  "caseload",
  "centres",
  "conflicts",
  "evidence",
  "feedback",
  "files",
  "home",
  "invitations",
  "iqa-feedback",
  "iqa-home",
  "portfolio",
  "progress",
  "qualifications/queries",
  "sampling",
  "sampling-records",
  "sign-off",
  "staff",
  "standardisation",
  "unit-criteria",
  "witness-statements",
  // Issue 8: the professional record and awarding-body compliance.
  "policies",
  "cpd",
  "staff-files",
  "assessor-register",
  "approvals",
  "assessor-compliance",
  "supporting-reviews",
  "qa-requests",
  "schools",
  "circumstances",
  "sample-signatures",
  "awarding-body-home",
  // Issue 10: centre operations.
  "malpractice",
  "candidate-import",
  "qualification-import",
  "prior-learning",
  "assessment-arrangements",
  "certificate-claims",
  "direct-claims",
  "visits",
  "visit-pack",
  "external-verifier-access",
  "jobs",
];

export default tseslint.config(
  {
    ignores: [".next/**", "node_modules/**", "lib/db/generated/**", "test-results/**", "playwright-report/**", ".data/**", "next-env.d.ts"],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  jsxA11y.flatConfigs.recommended,
  reactHooks.configs.flat.recommended,
  nextPlugin.configs["core-web-vitals"],
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    plugins: { assay },
    settings: { next: { rootDir: "." } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "assay/no-server-in-client": "error",
      eqeqeq: ["error", "smart"],
      // Advice for the React Compiler, which Assay does not use (react-hook-form's watch is fine without it).
      "react-hooks/incompatible-library": "off",
    },
  },
  {
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": ["error", { paths: [runActionDirectly], patterns: [databaseModules] }],
    },
  },
  {
    files: ["lib/**/*.{ts,tsx}"],
    ignores: ["lib/**/*.test.ts"],
    rules: { "assay/server-only-marker": "error" },
  },
  {
    // Pure rules: no database, no clock, no randomness, no I/O (docs/decisions/0005).
    files: ["lib/rules/**/*.ts"],
    ignores: ["lib/rules/**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^(node:|fs$|path$|pg$|@prisma/|next|react|nodemailer|pino|@/lib/(?!rules/|format/|qualifications/ocr-10380))",
              message: "lib/rules/ holds pure rules: data in, answer out. Do the I/O in the caller.",
            },
          ],
        },
      ],
      "no-restricted-syntax": [
        "error",
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: "Rules take the date as a parameter; they never read the clock.",
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: "Rules take the date as a parameter; they never read the clock.",
        },
        {
          selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']",
          message: "Rules are deterministic: use lib/rules/seeded-random.ts.",
        },
      ],
    },
  },
  {
    // Platform code is generic: it serves every feature area and imports none of them
    // (the action registry is the one place that lists them).
    files: ["lib/{actions,audit,auth,db,errors,format,validation,log,http,email,signatures,storage}/**/*.ts"],
    ignores: ["lib/actions/registry.ts", "lib/**/*.test.ts", "lib/audit/queries.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: featureAreas.map((area) => ({
            group: [`@/lib/${area}`, `@/lib/${area}/*`],
            message: "Platform code may not import a feature area; the feature area imports the platform.",
          })),
        },
      ],
    },
  },
  {
    files: ["**/*.test.ts", "tests/**/*.ts", "scripts/**/*.{ts,js}", "*.config.{ts,js,mjs}"],
    rules: { "@typescript-eslint/no-non-null-assertion": "off" },
  },
  prettier,
);
