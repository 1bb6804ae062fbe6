"use client";
// Re-renders the server page every few seconds while a request waits for the customer, as a vendor's
// integration would poll GET /vendor/{requestId}.
import { useEffect, useState } from "react";
import { useRouter } from "next/navigation";

export function AutoRefresh({ active, seconds = 3 }: { active: boolean; seconds?: number }) {
  const router = useRouter();
  const [checked, setChecked] = useState<string>("");
  useEffect(() => {
    setChecked(new Date().toLocaleTimeString("en-GB"));
    if (!active) return;
    const t = setInterval(() => router.refresh(), seconds * 1000);
    return () => clearInterval(t);
  }, [active, seconds, router]);
  return (
    <p className="text-sm text-[var(--ds-color-neutral-text-subtle)]" data-testid="auto-refresh">
      {active ? `Checking the status every ${seconds} s` : "Status is final"}
      {checked ? ` · last checked ${checked}` : ""}
    </p>
  );
}
