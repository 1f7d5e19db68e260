import type { ReactNode } from 'react';

export type BadgeTone = 'green' | 'red' | 'amber' | 'grey' | 'blue' | 'navy' | 'teal' | 'purple';

export function Badge({ tone, children, testId, title }: { tone: BadgeTone; children: ReactNode; testId?: string; title?: string }) {
  return (
    <span className={`badge badge--${tone}`} data-testid={testId} title={title}>
      {children}
    </span>
  );
}
