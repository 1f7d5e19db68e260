import type { LOCAL_SETTINGS_METHODS } from '../../../shared/api/methods/localSettings';
import { loadLocalParameters } from '../../db/queries/ruleSets';
import type { HandlerMap } from '../types';

export const localSettingsHandlers: HandlerMap<keyof typeof LOCAL_SETTINGS_METHODS> = {
  'settings.local.get': ({ db }) => loadLocalParameters(db),
};
