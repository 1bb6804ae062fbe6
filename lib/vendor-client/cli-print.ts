// Plain-text rendering of recorded steps for the terminal: method, URL, status, decoded JWTs, JSON bodies.
import type { CliTexts } from "./cli-i18n";
import type { StepRecord } from "./types";

const indent = (text: string, by = "    ") => text.split("\n").map((l) => by + l).join("\n");
const pretty = (v: unknown) => (typeof v === "string" ? v : JSON.stringify(v, null, 2));

export function formatStep(step: StepRecord, n: number, t: CliTexts): string {
  const lines: string[] = [];
  const title = step.i18n ? t.step(step.i18n.title) : step.title;
  lines.push(`── ${n}. ${title} ${"─".repeat(Math.max(3, 60 - title.length))}`);
  lines.push(`→ ${step.request.method} ${step.request.url}`);
  for (const [k, v] of Object.entries(step.request.headers)) lines.push(indent(`${k}: ${v}`));
  if (step.request.body !== undefined) lines.push(indent(pretty(step.request.body)));
  for (const jwt of step.jwts) {
    lines.push(`  ${t.cli("decoded", { label: jwt.i18n ? t.step(jwt.i18n) : jwt.label })}`);
    lines.push(indent(`header:  ${JSON.stringify(jwt.header)}`));
    lines.push(indent(`payload: ${pretty(jwt.payload)}`));
  }
  if (step.response) {
    lines.push(`← ${step.response.status} ${step.response.statusText}`);
    for (const [k, v] of Object.entries(step.response.headers)) lines.push(indent(`${k}: ${v}`));
    if (step.response.body !== "") lines.push(indent(pretty(step.response.body)));
  }
  const note = step.i18n?.note ? t.step(step.i18n.note) : step.note;
  if (note) lines.push(`  ${t.cli(step.ok ? "note" : "stepFailed")}: ${note}`);
  return lines.join("\n");
}

export function formatSteps(steps: StepRecord[], t: CliTexts, startAt = 1): string {
  return steps.map((s, i) => formatStep(s, startAt + i, t)).join("\n\n");
}

/** The records as --json prints them: the English texts only (the catalogue keys are for display). */
export function machineSteps(steps: StepRecord[]): StepRecord[] {
  return steps.map(({ i18n: _, ...s }) => ({ ...s, jwts: s.jwts.map(({ i18n: __, ...j }) => j) }));
}
