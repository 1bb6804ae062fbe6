// Altinn's mark in the portal's header colours (drawn here: no image is fetched).
export function AltinnLogo() {
  return (
    <svg aria-hidden="true" width="32" height="32" viewBox="0 0 32 32" className="shrink-0">
      <rect width="32" height="32" rx="8" fill="var(--ds-color-accent-base-default)" />
      <path d="M16 6 7 26h4.2l1.8-4.2h6l1.8 4.2H25L16 6Zm0 7.6 2.2 5.2h-4.4L16 13.6Z" fill="#fff" />
    </svg>
  );
}
