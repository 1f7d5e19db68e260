import { useEffect, useState } from 'react';
import type { ApiInput, ApiMethod, ApiOutput } from '../../shared/api/contract';
import { useErrorActions } from '../stores/errorStore';
import { useLandApi } from './ApiContext';

export interface QueryState<T> {
  data: T | undefined;
  loading: boolean;
  failed: boolean;
}

/**
 * Calls one LandApi method whenever its input changes (compared by value); keeps the previous data while the next
 * answer is on its way, drops answers that arrive after a newer request, and reports failures to the error banner.
 * `input: null` means "not yet" (e.g. before the as-of date is known). A new `revision` (see stores/revisionStore)
 * asks again with the same input, after a write changed the data.
 */
export function useApiQuery<M extends ApiMethod>(method: M, input: ApiInput<M> | null, revision = 0): QueryState<ApiOutput<M>> {
  const api = useLandApi();
  const { report } = useErrorActions();
  const key = input === null ? null : JSON.stringify(input);
  const [state, setState] = useState<QueryState<ApiOutput<M>>>({ data: undefined, loading: key !== null, failed: false });

  useEffect(() => {
    if (key === null) return;
    let current = true;
    setState((s) => ({ ...s, loading: true, failed: false }));
    const call = api[method] as (i: ApiInput<M>) => Promise<ApiOutput<M>>;
    call(JSON.parse(key) as ApiInput<M>).then(
      (data) => {
        if (current) setState({ data, loading: false, failed: false });
      },
      (error: unknown) => {
        if (!current) return;
        report(error);
        setState((s) => ({ ...s, loading: false, failed: true }));
      },
    );
    return () => {
      current = false;
    };
  }, [api, method, key, report, revision]);

  return state;
}
