// PUT/DELETE /simulator/api/clock: the offset lib/clock.ts adds to real time, kept in the database so every
// instance on one PostgreSQL follows it (lib/simulator/state.ts).
import { db } from "../db";
import { now } from "../clock";
import { refreshSimulatorState, setSnapshot } from "./state";

export interface ClockView {
  now: string;
  offsetSeconds: number;
}

export function clockView(): ClockView {
  const at = now();
  return { now: at.toISOString(), offsetSeconds: Math.round((at.getTime() - Date.now()) / 1000) };
}

export async function setClockOffset(offsetSeconds: number): Promise<ClockView> {
  await db.simulatorClock.upsert({ where: { id: 1 }, create: { id: 1, offsetSeconds }, update: { offsetSeconds } });
  setSnapshot({ offsetMs: offsetSeconds * 1000 });
  await refreshSimulatorState();
  return clockView();
}
