import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportResult } from '../../../shared/api/methods/dataExchange';
import type { ImportJobError } from '../../../shared/api/methods/importJobs';
import type { ColumnMapping, ImportTemplate } from '../../../shared/import/mapping';
import { useLandApi } from '../../api/ApiContext';
import { useErrorActions } from '../../stores/errorStore';
import { useRevisionActions } from '../../stores/revisionStore';
import { fileToBase64 } from '../../components/fileBytes';
import { FileErrorText } from './FileErrorText';
import { ImportProgress } from './ImportProgress';
import { IssueList } from './IssueList';
import { MappingTable } from './MappingTable';
import { useImportJob } from './useImportJob';
import { FileButton } from '../../components/FileButton';

interface Loaded {
  fileName: string;
  contentBase64: string;
}

/** The wizard: choose a file → check the mapping (correct it, save it as a template) → dry-run counts and errors → import. */
export function ImportPanel() {
  const { t } = useTranslation();
  const api = useLandApi();
  const { report } = useErrorActions();
  const { bump } = useRevisionActions();
  const [file, setFile] = useState<Loaded | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping[] | null>(null);
  const [partial, setPartial] = useState(false);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [busy, setBusy] = useState(false);
  const [templates, setTemplates] = useState<ImportTemplate[]>([]);
  const [templateName, setTemplateName] = useState('');
  const [ended, setEnded] = useState<{ kind: 'cancelled' } | { kind: 'failed'; error: ImportJobError } | null>(null);
  const job = useImportJob();

  useEffect(() => {
    api['import.templates.list']({}).then(setTemplates, report);
  }, [api, report]);

  // Preview and import both run as a job: progress and cancel for the long read of a big file, and for the import.
  const call = async (method: 'import.preview' | 'import.run', loaded: Loaded, m: ColumnMapping[] | null, p: boolean) => {
    setBusy(true);
    setEnded(null);
    try {
      const s = await job.run({ ...loaded, dryRun: method === 'import.preview', partial: p, ...(m ? { mapping: m } : {}) });
      if (s?.state === 'done' && s.result) {
        setResult(s.result);
        setMapping(s.result.mapping);
        if (s.result.applied) bump();
      } else if (s?.state === 'cancelled') setEnded({ kind: 'cancelled' });
      else if (s?.state === 'failed' && s.error) {
        setResult(null);
        setEnded({ kind: 'failed', error: s.error });
      }
    } catch (e) {
      setResult(null);
      report(e);
    } finally {
      setBusy(false);
    }
  };

  const choose = async (f: File | undefined) => {
    if (!f) return;
    const loaded = { fileName: f.name, contentBase64: await fileToBase64(f) };
    setFile(loaded);
    setMapping(null);
    setResult(null);
    await call('import.preview', loaded, null, partial);
  };

  const applyTemplate = (name: string) => {
    const tpl = templates.find((x) => x.name === name);
    if (file) void call('import.preview', file, tpl ? tpl.columns : null, partial);
  };

  const saveTemplate = async () => {
    if (!mapping || templateName.trim() === '') return;
    try {
      setTemplates(await api['import.templates.save']({ name: templateName.trim(), columns: mapping }));
    } catch (e) {
      report(e);
    }
  };

  const refused = result !== null && result.rejected > 0 && !partial;
  return (
    <section className="dx-panel" data-testid="import-panel">
      <h3>{t('dataExchange.importHeading')}</h3>
      <p className="dx-intro">{t('dataExchange.importIntro')}</p>
      <FileButton
        label={t('dataExchange.chooseFile')}
        browse={t('dataExchange.browse')}
        none={t('dataExchange.noFile')}
        fileName={file?.fileName ?? null}
        accept=".zip,.geojson,.json,.xlsx,.csv"
        disabled={busy}
        testId="import-file"
        onFile={(f) => void choose(f ?? undefined)}
      />
      {busy && <ImportProgress status={job.status} onCancel={() => void job.cancel().catch(report)} />}
      {ended?.kind === 'cancelled' && (
        <p className="dx-counts" data-testid="import-cancelled">
          {t('importJob.cancelled')}
        </p>
      )}
      {ended?.kind === 'failed' && (
        <p className="dx-counts dx-counts--refused" data-testid="import-file-error">
          <FileErrorText error={ended.error} />
        </p>
      )}
      {result && mapping && file && (
        <>
          <p className="dx-fileinfo" data-testid="import-fileinfo">
            {t('dataExchange.fileInfo', { format: result.format, records: result.records, crs: result.crs ?? t('dataExchange.unknown'), encoding: result.encoding ?? t('dataExchange.unknown') })}
          </p>
          <h4>{t('dataExchange.mapping')}</h4>
          <p className="dx-intro">{t('dataExchange.mappingHint')}</p>
          <div className="dx-toolbar">
            <label>
              {t('dataExchange.template')}{' '}
              <select defaultValue="" onChange={(e) => applyTemplate(e.target.value)} aria-label={t('dataExchange.applyTemplate')}>
                <option value="">{t('dataExchange.noTemplate')}</option>
                {templates.map((x) => (
                  <option key={x.name}>{x.name}</option>
                ))}
              </select>
            </label>
            <input placeholder={t('dataExchange.templateName')} value={templateName} onChange={(e) => setTemplateName(e.target.value)} aria-label={t('dataExchange.templateName')} />
            <button type="button" onClick={() => void saveTemplate()} disabled={templateName.trim() === ''}>
              {t('dataExchange.saveTemplate')}
            </button>
          </div>
          <MappingTable mapping={mapping} onChange={setMapping} />
          <div className="dx-toolbar">
            <button type="button" onClick={() => void call('import.preview', file, mapping, partial)} disabled={busy}>
              {t('dataExchange.preview')}
            </button>
            <label>
              <input type="checkbox" checked={partial} onChange={(e) => { setPartial(e.target.checked); void call('import.preview', file, mapping, e.target.checked); }} />{' '}
              {t('dataExchange.partial')}
            </label>
          </div>
          <p className={`dx-counts${refused ? ' dx-counts--refused' : ''}`} data-testid="import-counts">
            {result.applied ? t('dataExchange.done', result) : refused ? t('dataExchange.refused', result) : t('dataExchange.counts', result)}
          </p>
          {!result.applied && (
            <button type="button" className="dx-primary" data-testid="import-run" onClick={() => void call('import.run', file, mapping, partial)} disabled={busy || refused || result.created + result.updated === 0}>
              {t('dataExchange.run')}
            </button>
          )}
          <IssueList kind="errors" issues={result.errors} />
          <IssueList kind="warnings" issues={[...result.fileWarnings.map((message) => ({ message, messageZh: message })), ...result.warnings]} />
        </>
      )}
    </section>
  );
}
