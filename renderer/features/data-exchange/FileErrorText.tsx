import type { ImportJobError } from '../../../shared/api/methods/importJobs';
import { fileErrorReason, isFileErrorCode } from '../../../shared/import/fileErrors';
import { errorText } from '../../api/ApiCallError';
import { useAppState } from '../../stores/appStore';

/** A file that could not be read: its name and the reason in the user's language (the English message when the code is unknown). */
export function FileErrorText({ error }: { error: ImportJobError }) {
  const lang = useAppState((s) => s.lang);
  const file = error.params.file;
  if (error.code === null || !isFileErrorCode(error.code)) return <>{errorText(error, lang)}</>;
  const reason = fileErrorReason(error.code, error.params, lang);
  return <>{file === undefined ? reason : `${String(file)}${lang === 'zh' ? '：' : ': '}${reason}`}</>;
}
