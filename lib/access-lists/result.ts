// What an access-list operation answers, before lib/http/conditional.ts turns it into a response:
// ConditionalResult<TValue, AggregateVersion> of the real controller (200 with ETag and Last-Modified,
// 304, 412, a bare 404, or 204 where the controller answers NoContent()).
export type Conditional<T> =
  | { kind: "ok"; value: T; version: number; updatedAt: Date }
  | { kind: "unmodified"; version: number; updatedAt: Date }
  | { kind: "failed" }
  | { kind: "notFound" }
  | { kind: "noContent" };

export interface Paginated<T> {
  links: { next: string | null };
  data: T[];
}

export const ok = <T>(value: T, v: { version: number; updatedAt: Date }): Conditional<T> => ({ kind: "ok", value, version: v.version, updatedAt: v.updatedAt });
export const FAILED = { kind: "failed" } as const;
export const NOT_FOUND = { kind: "notFound" } as const;
export const NO_CONTENT = { kind: "noContent" } as const;
