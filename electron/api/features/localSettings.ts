import type { LOCAL_SETTINGS_METHODS } from '../../../shared/api/methods/localSettings';
import { PARAMETER_GROUPS, readParameters, saveParameters } from '../../services/parameterSettings';
import type { HandlerMap } from '../types';

export const localSettingsHandlers: HandlerMap<keyof typeof LOCAL_SETTINGS_METHODS> = {
  'settings.local.get': ({ db }) => readParameters(db, PARAMETER_GROUPS.local),
  'settings.local.set': ({ db, now }, { expected, value }) => saveParameters(db, now().toISOString(), PARAMETER_GROUPS.local, expected, value),
  'settings.import.get': ({ db }) => readParameters(db, PARAMETER_GROUPS.import),
  'settings.import.set': ({ db, now }, { expected, value }) => saveParameters(db, now().toISOString(), PARAMETER_GROUPS.import, expected, value),
  'settings.backup.get': ({ db }) => readParameters(db, PARAMETER_GROUPS.backup),
  'settings.backup.set': ({ db, now }, { expected, value }) => saveParameters(db, now().toISOString(), PARAMETER_GROUPS.backup, expected, value),
};
