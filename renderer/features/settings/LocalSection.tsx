import { useTranslation } from 'react-i18next';
import { AgeBucket } from '../../../shared/domain/enums';
import { ageBucketLabel } from '../../../shared/rules/ageBucketLabel';
import { DEFAULT_LOCAL_PARAMETERS, LocalParameters } from '../../../shared/rules/localParameters';
import { EDITABLE_RANGES } from '../../../shared/settings/editableParameters';
import { useAppState } from '../../stores/appStore';
import { NumberInput, ParamField, SectionFrame } from './SectionFrame';
import { numberOf, useParameterForm } from './useParameterForm';

interface Draft {
  reminderDays: string;
  first: string;
  second: string;
}

const toDraft = (v: LocalParameters): Draft => ({ reminderDays: String(v.reminderDays), first: String(v.ageBucketYears[0]), second: String(v.ageBucketYears[1]) });
const fromDraft = (d: Draft) => ({ reminderDays: numberOf(d.reminderDays), ageBucketYears: [numberOf(d.first), numberOf(d.second)] as [number, number] });

/** parameters.local: reminder days before the agreed start / completion, unsupplied-land age buckets (domain.md §4, §5: [L]). */
export function LocalSection() {
  const { t } = useTranslation();
  const lang = useAppState((s) => s.lang);
  const form = useParameterForm('local', toDraft, fromDraft);
  const d = form.draft;
  const def = DEFAULT_LOCAL_PARAMETERS;
  const bucketText = (years: [number, number]) => AgeBucket.options.map((b) => ageBucketLabel(b, years)[lang]).join(' / ');
  const typed = d ? fromDraft(d).ageBucketYears : null;
  // The bounds the engine would accept (whole, positive, increasing): the reader's own schema says which.
  const previewable = typed !== null && LocalParameters.shape.ageBucketYears.safeParse(typed).success;
  return (
    <SectionFrame
      id="local"
      title={t('params.local.title')}
      source={t('params.local.source')}
      local
      labels={{ reminderDays: t('params.local.reminderDays'), ageBucketYears: t('params.local.ageBuckets'), 'ageBucketYears.0': t('params.local.first'), 'ageBucketYears.1': t('params.local.second') }}
      form={form}
      onReset={() => form.reset(def)}
    >
      {!d || !form.stored ? (
        <p>{t('params.loading')}</p>
      ) : (
        <>
          <ParamField
            label={t('params.local.reminderDays')}
            help={t('params.local.reminderDaysHelp')}
            defaultText={`${def.reminderDays} ${t('params.local.days')}`}
            modified={form.stored.reminderDays !== def.reminderDays}
          >
            <NumberInput value={d.reminderDays} unit={t('params.local.days')} label={t('params.local.reminderDays')} testId="params-reminder-days" onChange={(v) => form.edit({ ...d, reminderDays: v })} />
          </ParamField>
          <ParamField
            label={t('params.local.ageBuckets')}
            help={t('params.local.ageBucketsHelp', EDITABLE_RANGES.bucketYears)}
            defaultText={bucketText(def.ageBucketYears)}
            modified={form.stored.ageBucketYears.join() !== def.ageBucketYears.join()}
          >
            <NumberInput value={d.first} caption={t('params.local.first')} unit={t('params.local.years')} label={t('params.local.first')} testId="params-bucket-first" onChange={(v) => form.edit({ ...d, first: v })} />
            <NumberInput value={d.second} caption={t('params.local.second')} unit={t('params.local.years')} label={t('params.local.second')} testId="params-bucket-second" onChange={(v) => form.edit({ ...d, second: v })} />
          </ParamField>
          {previewable && <p className="params-preview" data-testid="params-bucket-preview">{t('params.local.preview', { labels: bucketText(typed) })}</p>}
        </>
      )}
    </SectionFrame>
  );
}
