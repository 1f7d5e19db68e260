import { useCallback, useState } from 'react';
import type { ApiInput, ApiMethod, ApiOutput } from '../../../shared/api/contract';
import { describeError } from '../../api/ApiCallError';
import { useLandApi } from '../../api/ApiContext';
import { useRevisionActions } from '../../stores/revisionStore';

export interface WriteState {
  busy: boolean;
  /** The server's message when the last call failed; shown beside the form, not in the global banner. */
  error: string | null;
}

/** Calls a writing API method; on success bumps the data revision so every view reloads what it shows. */
export function useWrite<M extends ApiMethod>(method: M) {
  const api = useLandApi();
  const { bump } = useRevisionActions();
  const [state, setState] = useState<WriteState>({ busy: false, error: null });
  const run = useCallback(
    async (input: ApiInput<M>): Promise<ApiOutput<M> | null> => {
      setState({ busy: true, error: null });
      try {
        const call = api[method] as (i: ApiInput<M>) => Promise<ApiOutput<M>>;
        const out = await call(input);
        setState({ busy: false, error: null });
        bump();
        return out;
      } catch (e) {
        setState({ busy: false, error: describeError(e).message });
        return null;
      }
    },
    [api, method, bump],
  );
  return { ...state, run };
}
