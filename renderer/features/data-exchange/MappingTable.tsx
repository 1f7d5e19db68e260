import { useTranslation } from 'react-i18next';
import { ImportField, Unit } from '../../../shared/import/fields';
import type { ColumnMapping } from '../../../shared/import/mapping';

const AREA_OR_MONEY = new Set<string>(['landArea', 'floorArea', 'buildingFootprint', 'fixedInvestment', 'annualTax', 'landPrice']);

/** One line per column of the file: which field it feeds, and in which unit for areas and money. */
export function MappingTable({ mapping, onChange }: { mapping: readonly ColumnMapping[]; onChange: (next: ColumnMapping[]) => void }) {
  const { t } = useTranslation();
  const set = (i: number, patch: Partial<ColumnMapping>) => onChange(mapping.map((m, j) => (j === i ? { ...m, ...patch } : m)));
  return (
    <table className="dx-mapping" data-testid="import-mapping">
      <thead>
        <tr>
          <th>{t('dataExchange.column')}</th>
          <th>{t('dataExchange.field')}</th>
          <th>{t('dataExchange.unit')}</th>
        </tr>
      </thead>
      <tbody>
        {mapping.map((m, i) => (
          <tr key={m.column} className={m.field === null ? 'dx-mapping__unmapped' : undefined}>
            <td>{m.column}</td>
            <td>
              <select
                aria-label={m.column}
                value={m.field ?? ''}
                onChange={(e) => set(i, { field: e.target.value === '' ? null : ImportField.parse(e.target.value), unit: null })}
              >
                <option value="">{t('dataExchange.ignore')}</option>
                {ImportField.options.map((f) => (
                  <option key={f} value={f}>
                    {t(`importFields.${f}`)}
                  </option>
                ))}
              </select>
            </td>
            <td>
              {m.field !== null && AREA_OR_MONEY.has(m.field) && (
                <select aria-label={`${m.column} ${t('dataExchange.unit')}`} value={m.unit ?? ''} onChange={(e) => set(i, { unit: e.target.value === '' ? null : Unit.parse(e.target.value) })}>
                  <option value="">—</option>
                  {Unit.options.map((u) => (
                    <option key={u} value={u}>
                      {t(`importUnits.${u}`)}
                    </option>
                  ))}
                </select>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
