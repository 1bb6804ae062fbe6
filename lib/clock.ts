// The portal's clock: real time plus the offset set through PUT /simulator/api/clock (lib/simulator/clock.ts).
// Every time-dependent rule reads it (grant iat/exp windows, token lifetimes and expiry, grant checks,
// the 180-day request time-out, sessions), so a test can move time instead of waiting for it.
import { simulatorState } from "./simulator/state";

export function now(): Date {
  return new Date(Date.now() + simulatorState().offsetMs);
}

export function nowSeconds(): number {
  return Math.floor((Date.now() + simulatorState().offsetMs) / 1000);
}
