import { createContext, useContext, type ReactNode } from 'react';
import type { LandApi } from '../../shared/api/contract';

const ApiContext = createContext<LandApi | null>(null);

export function ApiProvider({ api, children }: { api: LandApi; children: ReactNode }) {
  return <ApiContext.Provider value={api}>{children}</ApiContext.Provider>;
}

export function useLandApi(): LandApi {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useLandApi outside ApiProvider');
  return api;
}
