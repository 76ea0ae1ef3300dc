/** The Dockerlings mark: three stacked containers. Decorative next to the name. */
export function Logo({ size = 24 }: { size?: number }) {
  return (
    <svg aria-hidden="true" focusable="false" viewBox="0 0 32 32" width={size} height={size}>
      <rect x="3" y="17" width="12" height="10" rx="2" fill="var(--accent)" />
      <rect x="17" y="17" width="12" height="10" rx="2" fill="var(--accent)" opacity="0.75" />
      <rect x="10" y="5" width="12" height="10" rx="2" fill="var(--accent)" opacity="0.55" />
    </svg>
  );
}
