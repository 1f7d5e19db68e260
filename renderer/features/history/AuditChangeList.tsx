import { useTranslation } from 'react-i18next';
import { auditChanges, fieldKey, type AuditChange } from '../../../shared/audit/auditChanges';
import type { AuditRowView } from '../../../shared/api/idleLandViews';
import { CASE_STATE_LABEL } from '../../../shared/rules/disposalCase';
import { useAppData } from '../../app/AppData';
import { landUseLabel } from '../../i18n/domainTerms';
import { fmtNumber } from '../../i18n/format';
import { useAppState } from '../../stores/appStore';

const MAX_SHOWN = 12;
const MAX_TEXT = 80;
const BOOLEAN_FIELDS = new Set(['operating', 'governmentCause']);

const clip = (s: string) => (s.length > MAX_TEXT ? `${s.slice(0, MAX_TEXT - 1)}…` : s);

/** An audit row's old → new values as a list of field changes, labelled and formatted in the user's language. */
export function AuditChangeList({ row }: { row: AuditRowView }) {
  const { t } = useTranslation();
  const lang = useAppState((s) => s.lang);
  const { zonesById } = useAppData();
  const changes = auditChanges(row.field, row.oldValue, row.newValue);
  if (changes.length === 0) return null;

  const label = (field: string | null) => {
    if (field === null) return '';
    const { key, unit } = fieldKey(field);
    const name = t([`auditLog.fields.${key}`, `importFields.${key}`], { defaultValue: field });
    if (!unit) return name;
    return lang === 'zh' ? `${name}（${t(`importUnits.${unit}`)}）` : `${name} (${t(`importUnits.${unit}`)})`;
  };

  const value = (field: string | null, v: unknown): string => {
    const key = field === null ? '' : fieldKey(field).key;
    if (v === null || v === '') return t('auditLog.empty');
    if (key === 'geometry') return t('auditLog.shape');
    if (typeof v === 'boolean' || (BOOLEAN_FIELDS.has(key) && (v === 0 || v === 1))) return v ? t('auditLog.yes') : t('auditLog.no');
    if (typeof v === 'number') return fmtNumber(v, lang, Number.isInteger(v) ? 0 : 2);
    if (typeof v === 'string') {
      if (key === 'state' && v in CASE_STATE_LABEL) return CASE_STATE_LABEL[v as keyof typeof CASE_STATE_LABEL][lang];
      if (key === 'projectType' || key === 'supplyMethod') return t(`${key}.${v}`, { defaultValue: v });
      if (key === 'stage') return t(`inspection.stageLabel.${v}`, { defaultValue: v });
      if (key === 'landUseCode') return landUseLabel(v, lang) ?? v;
      if (key === 'zoneId') {
        const zone = zonesById.get(v);
        return zone ? (lang === 'en' ? zone.nameEn : zone.name) : v;
      }
      return clip(v);
    }
    return clip(JSON.stringify(v));
  };

  const shown = changes.slice(0, MAX_SHOWN);
  const line = (c: AuditChange) => (c.old === undefined ? value(c.field, c.new) : `${value(c.field, c.old)} → ${value(c.field, c.new)}`);
  return (
    <dl className="history__changes" data-testid="history-changes">
      {shown.map((c) => (
        <div key={c.field ?? '-'} className="history__change-row">
          {c.field !== null && <dt>{label(c.field)}</dt>}
          <dd>{line(c)}</dd>
        </div>
      ))}
      {changes.length > shown.length && <div className="muted">{t('auditLog.more', { count: changes.length - shown.length })}</div>}
    </dl>
  );
}
