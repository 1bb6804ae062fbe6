"use client";
// "Log in as someone else and come back here": for a page that refuses the person logged in (e.g. a
// confirmUrl opened while logged in as the vendor). Logging out alone would lose the URL.
import { Suspense } from "react";
import { usePathname, useSearchParams } from "next/navigation";
import { Button } from "@digdir/designsystemet-react";
import { useTranslations } from "next-intl";
import { switchPerson } from "@/app/actions/session";

export function SwitchPerson() {
  // useSearchParams needs a Suspense boundary where a page may be rendered statically
  return (
    <Suspense fallback={null}>
      <SwitchPersonForm />
    </Suspense>
  );
}

function SwitchPersonForm() {
  const t = useTranslations("Shell");
  const pathname = usePathname();
  const query = useSearchParams().toString();
  return (
    <form action={switchPerson}>
      <input type="hidden" name="callbackUrl" value={query ? `${pathname}?${query}` : pathname} />
      <Button type="submit" variant="secondary" data-testid="switch-person">
        {t("switchPerson")}
      </Button>
    </form>
  );
}
