import { useCallback, useState } from 'react';
import type { ApiInput, ApiMethod, ApiOutput } from '../../../shared/api/contract';
import { describeError, errorText } from '../../api/ApiCallError';
import { useLandApi } from '../../api/ApiContext';
import { useAppState } from '../../stores/appStore';
import { useRevisionActions } from '../../stores/revisionStore';

export interface WriteState {
  busy: boolean;
  /** The server's message when the last call failed, in the UI's language; shown beside the form, not in the global banner. */
  error: string | null;
}

type Failure = { message: string; messageZh?: string | undefined };

/** Calls a writing API method; on success bumps the data revision so every view reloads what it shows. */
export function useWrite<M extends ApiMethod>(method: M) {
  const api = useLandApi();
  const { bump } = useRevisionActions();
  const lang = useAppState((s) => s.lang);
  // Both languages are kept, so switching the UI language also switches a message already shown.
  const [state, setState] = useState<{ busy: boolean; failure: Failure | null }>({ busy: false, failure: null });
  const run = useCallback(
    async (input: ApiInput<M>): Promise<ApiOutput<M> | null> => {
      setState({ busy: true, failure: null });
      try {
        const call = api[method] as (i: ApiInput<M>) => Promise<ApiOutput<M>>;
        const out = await call(input);
        setState({ busy: false, failure: null });
        bump();
        return out;
      } catch (e) {
        setState({ busy: false, failure: describeError(e) });
        return null;
      }
    },
    [api, method, bump],
  );
  const shown: WriteState = { busy: state.busy, error: state.failure ? errorText(state.failure, lang) : null };
  return { ...shown, run };
}
