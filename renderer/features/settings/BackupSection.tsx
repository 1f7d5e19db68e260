import { useTranslation } from 'react-i18next';
import { BACKUP_KEEP_RANGE, DEFAULT_BACKUP_PARAMETERS, type BackupParameters } from '../../../shared/settings/backupParameters';
import { NumberInput, ParamField, SectionFrame } from './SectionFrame';
import { numberOf, useParameterForm } from './useParameterForm';

const toDraft = (v: BackupParameters) => ({ keep: String(v.keep) });
const fromDraft = (d: { keep: string }) => ({ keep: numberOf(d.keep) });

/** backup.parameters: how many automatic backups are kept (an application setting, not a land rule). */
export function BackupSection() {
  const { t } = useTranslation();
  const form = useParameterForm('backup', toDraft, fromDraft);
  const d = form.draft;
  const def = DEFAULT_BACKUP_PARAMETERS;
  return (
    <SectionFrame id="backup" title={t('params.backup.title')} source={t('params.backup.source')} local={false} labels={{ keep: t('params.backup.keep') }} form={form} onReset={() => form.reset(def)}>
      {!d || !form.stored ? (
        <p>{t('params.loading')}</p>
      ) : (
        <ParamField label={t('params.backup.keep')} help={t('params.backup.keepHelp', BACKUP_KEEP_RANGE)} defaultText={`${def.keep} ${t('params.backup.copies')}`} modified={form.stored.keep !== def.keep}>
          <NumberInput value={d.keep} unit={t('params.backup.copies')} label={t('params.backup.keep')} testId="params-backup-keep" onChange={(v) => form.edit({ keep: v })} />
        </ParamField>
      )}
    </SectionFrame>
  );
}
