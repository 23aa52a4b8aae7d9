import type { ButtonHTMLAttributes, ReactNode } from "react";
import { Link } from "@/components/ui/link";

const base =
  "inline-block rounded-sm px-4 py-2 font-semibold shadow-[0_2px_0_#002d18] no-underline disabled:opacity-60";
const variants = {
  primary: "bg-pass text-white hover:bg-[#005a30] hover:text-white",
  secondary: "bg-slate-200 text-ink shadow-[0_2px_0_#858686] hover:bg-slate-300 hover:text-ink",
  warning: "bg-fail text-white shadow-[0_2px_0_#55150b] hover:bg-[#8f1e18] hover:text-white",
};

type Variant = keyof typeof variants;

export function Button({
  variant = "primary",
  className = "",
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: Variant }) {
  return <button type="button" className={`${base} ${variants[variant]} ${className}`} {...props} />;
}

export function ButtonLink({
  href,
  variant = "primary",
  children,
}: {
  href: string;
  variant?: Variant;
  children: ReactNode;
}) {
  return (
    <Link href={href} className={`${base} ${variants[variant]}`}>
      {children}
    </Link>
  );
}
