import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiInput } from '../../../shared/api/contract';
import type { ImportJobStatus } from '../../../shared/api/methods/importJobs';
import { useLandApi } from '../../api/ApiContext';

const POLL_MS = 200;

/**
 * Runs `import.start` and polls `import.status` until the job ends; `cancel` asks the server to stop it (refused once
 * it writes). Resolves with the final status; a new run or unmount stops the polling of the old one.
 */
export function useImportJob() {
  const api = useLandApi();
  const [status, setStatus] = useState<ImportJobStatus | null>(null);
  const current = useRef<string | null>(null);

  useEffect(() => () => void (current.current = null), []);

  const run = useCallback(
    async (input: ApiInput<'import.start'>): Promise<ImportJobStatus | null> => {
      setStatus(null);
      const { jobId } = await api['import.start'](input);
      current.current = jobId;
      for (;;) {
        const s = await api['import.status']({ jobId });
        if (current.current !== jobId) return null;
        setStatus(s);
        if (s.state !== 'running') {
          current.current = null;
          return s;
        }
        await new Promise((r) => setTimeout(r, POLL_MS));
      }
    },
    [api],
  );

  const cancel = useCallback(async () => {
    const jobId = current.current;
    if (jobId) setStatus(await api['import.cancel']({ jobId }));
  }, [api]);

  return { status, run, cancel };
}
