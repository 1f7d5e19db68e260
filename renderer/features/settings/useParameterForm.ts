import { useEffect, useState } from 'react';
import type { ApiInput, ApiOutput } from '../../../shared/api/contract';
import { useApiQuery } from '../../api/useApiQuery';
import { useWrite } from '../idle-land/useWrite';
import { useRevision } from '../../stores/revisionStore';

export type Group = 'local' | 'import' | 'backup';
type Stored<G extends Group> = ApiOutput<`settings.${G}.get`>;
type Sent<G extends Group> = ApiInput<`settings.${G}.set`>['value'];

/**
 * One parameter group's form: the stored value (re-read after every write anywhere), the user's draft of text fields,
 * and a save that sends the value it was based on, so a save over someone else's newer one is refused, not lost.
 */
export function useParameterForm<G extends Group, D>(group: G, toDraft: (v: Stored<G>) => D, fromDraft: (d: D) => Sent<G>) {
  const revision = useRevision();
  // Discard asks the server again (the stored value may have changed since: a conflict says so).
  const [reread, setReread] = useState(0);
  const query = useApiQuery(`settings.${group}.get`, {} as ApiInput<`settings.${G}.get`>, revision + reread);
  const [base, setBase] = useState<Stored<G> | null>(null);
  const [draft, setDraft] = useState<D | null>(null);
  const [note, setNote] = useState<'saved' | 'reset' | null>(null);
  const write = useWrite(`settings.${group}.set`);
  // Discard also clears a refusal shown beside the form (useWrite keeps the last one until the next call).
  const [dismissed, setDismissed] = useState(false);
  const data = query.data as Stored<G> | undefined;
  useEffect(() => {
    if (data) setBase(data);
  }, [data]);

  const shown = draft ?? (base ? toDraft(base) : null);
  const edit = (next: D) => {
    setDraft(next);
    setNote(null);
  };
  const save = async () => {
    if (!base || !shown) return;
    setDismissed(false);
    const run = write.run as (input: { expected: Stored<G>; value: Sent<G> }) => Promise<Stored<G> | null>;
    const out = await run({ expected: base, value: fromDraft(shown) });
    if (!out) return;
    setBase(out);
    setDraft(null);
    setNote('saved');
  };
  return {
    stored: base,
    draft: shown,
    dirty: draft !== null,
    busy: write.busy,
    error: dismissed ? null : write.error,
    note,
    edit,
    save,
    reset: (defaults: Stored<G>) => {
      setDraft(toDraft(defaults));
      setNote('reset');
    },
    discard: () => {
      setDraft(null);
      setNote(null);
      setDismissed(true);
      setReread((n) => n + 1);
    },
  };
}

/** A typed number field's text as a number: empty is not 0 (NaN, which the server refuses naming the field). */
export const numberOf = (text: string): number => (text.trim() === '' ? Number.NaN : Number(text));
