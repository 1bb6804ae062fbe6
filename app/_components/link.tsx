// The portal's links: next/link without prefetching. Next prefetches every link in view; on the portal's
// pages (all rendered per request, for the person logged in) that was most of the server's work: a
// browser test of 18 page loads made 69 prefetch requests. A click still navigates client-side.
import NextLink from "next/link";
import type { ComponentProps } from "react";

export default function Link({ prefetch = false, ...props }: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={prefetch} {...props} />;
}
