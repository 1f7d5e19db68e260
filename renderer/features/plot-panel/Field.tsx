import type { ReactNode } from 'react';

/** One label/value pair of a dense attribute grid (inside a <dl>). */
export function Field({ label, value, wide, testId }: { label: string; value: ReactNode; wide?: boolean; testId?: string }) {
  return (
    <div className={`field${wide ? ' field--wide' : ''}`} data-testid={testId}>
      <dt>{label}</dt>
      <dd>{value === null || value === undefined || value === '' ? '—' : value}</dd>
    </div>
  );
}
