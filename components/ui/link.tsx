import NextLink from "next/link";
import type { ComponentProps } from "react";

// Next prefetches every link in view as the page loads; on a slow phone that decoding was about 0.3 s of blocked main
// thread (Lighthouse's mobile run), more than a step's own render. The wizard's pages are static and answer fast on a
// click, so links fetch their page when followed.
export function Link(props: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={false} {...props} />;
}
