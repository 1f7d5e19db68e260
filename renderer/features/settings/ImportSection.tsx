import { useTranslation } from 'react-i18next';
import { DEFAULT_IMPORT_PARAMETERS, type ImportParameters } from '../../../shared/import/parameters';
import { EDITABLE_RANGES, PUYANG_EXTENT } from '../../../shared/settings/editableParameters';
import { NumberInput, ParamField, SectionFrame } from './SectionFrame';
import { numberOf, useParameterForm } from './useParameterForm';

interface Draft {
  tolerancePct: string;
  timeout: string;
  minLon: string;
  maxLon: string;
  minLat: string;
  maxLat: string;
}

/** Per cent without the float noise of ×100 (0.07 × 100 = 7.000000000000001). */
const pct = (fraction: number) => String(Math.round(fraction * 100 * 1e6) / 1e6);
const toDraft = (v: ImportParameters): Draft => ({
  tolerancePct: pct(v.areaTolerance),
  timeout: String(v.parseTimeoutSeconds),
  minLon: String(v.bounds.minLon),
  maxLon: String(v.bounds.maxLon),
  minLat: String(v.bounds.minLat),
  maxLat: String(v.bounds.maxLat),
});
const fromDraft = (d: Draft) => ({
  areaTolerance: numberOf(d.tolerancePct) / 100,
  parseTimeoutSeconds: numberOf(d.timeout),
  bounds: { minLon: numberOf(d.minLon), minLat: numberOf(d.minLat), maxLon: numberOf(d.maxLon), maxLat: numberOf(d.maxLat) },
});
const boxText = (b: ImportParameters['bounds']) => `${b.minLon}–${b.maxLon}°E, ${b.minLat}–${b.maxLat}°N`;

/** import.parameters: the importer's area tolerance, reading time limit and plausible Puyang box (local judgement). */
export function ImportSection() {
  const { t } = useTranslation();
  const form = useParameterForm('import', toDraft, fromDraft);
  const d = form.draft;
  const s = form.stored;
  const def = DEFAULT_IMPORT_PARAMETERS;
  const set = (patch: Partial<Draft>) => d && form.edit({ ...d, ...patch });
  const labels: Record<string, string> = {
    areaTolerance: t('params.import.areaTolerance'),
    parseTimeoutSeconds: t('params.import.parseTimeout'),
    bounds: t('params.import.bounds'),
    'bounds.minLon': t('params.import.minLon'),
    'bounds.maxLon': t('params.import.maxLon'),
    'bounds.minLat': t('params.import.minLat'),
    'bounds.maxLat': t('params.import.maxLat'),
  };
  const coord = (key: 'minLon' | 'maxLon' | 'minLat' | 'maxLat') => (
    <NumberInput value={d?.[key] ?? ''} caption={t(`params.import.${key}`)} unit={t('params.import.degrees')} label={t(`params.import.${key}`)} step="any" testId={`params-${key}`} onChange={(v) => set({ [key]: v })} />
  );
  return (
    <SectionFrame id="import" title={t('params.import.title')} source={t('params.import.source')} local labels={labels} form={form} onReset={() => form.reset(def)}>
      {!d || !s ? (
        <p>{t('params.loading')}</p>
      ) : (
        <>
          <ParamField label={t('params.import.areaTolerance')} help={t('params.import.areaToleranceHelp', EDITABLE_RANGES.areaTolerancePct)} defaultText={`${pct(def.areaTolerance)} %`} modified={s.areaTolerance !== def.areaTolerance}>
            <NumberInput value={d.tolerancePct} unit={t('params.import.percent')} label={t('params.import.areaTolerance')} step="any" testId="params-area-tolerance" onChange={(v) => set({ tolerancePct: v })} />
          </ParamField>
          <ParamField
            label={t('params.import.parseTimeout')}
            help={t('params.import.parseTimeoutHelp', EDITABLE_RANGES.parseTimeoutSeconds)}
            defaultText={`${def.parseTimeoutSeconds} ${t('params.import.seconds')}`}
            modified={s.parseTimeoutSeconds !== def.parseTimeoutSeconds}
          >
            <NumberInput value={d.timeout} unit={t('params.import.seconds')} label={t('params.import.parseTimeout')} testId="params-parse-timeout" onChange={(v) => set({ timeout: v })} />
          </ParamField>
          <ParamField label={t('params.import.bounds')} help={t('params.import.boundsHelp', PUYANG_EXTENT)} defaultText={boxText(def.bounds)} modified={boxText(s.bounds) !== boxText(def.bounds)}>
            <span className="params-box">
              {coord('minLon')}
              {coord('maxLon')}
              {coord('minLat')}
              {coord('maxLat')}
            </span>
          </ParamField>
        </>
      )}
    </SectionFrame>
  );
}
