import { z } from 'zod';
import type { IMPORT_JOB_METHODS } from '../../../shared/api/methods/importJobs';
import { fileErrorReason } from '../../../shared/import/fileErrors';
import { FileReadError } from '../../../shared/import/table';
import { describeIssues } from '../../../shared/schemas/issues';
import { describeIssuesZh } from '../../../shared/schemas/issuesZh';
import { importFile } from '../../services/import/importFile';
import type { JobFailure } from '../../services/import/importJobs';
import { ImportCancelledError } from '../../services/import/importErrors';
import { BadInputError, NotFoundError } from '../errors';
import type { HandlerDeps, HandlerMap } from '../types';
import { importOptions, importResult } from './dataExchange';

function jobsOf(deps: HandlerDeps) {
  if (!deps.session) throw new BadInputError('import jobs need the running app (serve or desktop)', '导入任务需要在运行中的程序里进行（桌面版或浏览器模式）');
  return deps.session.importJobs;
}

function classify(fileName: string, e: unknown): JobFailure {
  if (e instanceof ImportCancelledError) return { kind: 'cancelled' };
  if (e instanceof FileReadError) {
    return { kind: 'failed', error: { code: e.code, params: { ...e.params, file: fileName }, message: `${fileName}: ${fileErrorReason(e.code, e.params, 'en')}` } };
  }
  if (e instanceof z.ZodError) {
    return { kind: 'failed', error: { code: null, params: {}, message: describeIssues(e, 'import.start').join('; '), messageZh: describeIssuesZh(e, 'import.start').join('；') } };
  }
  console.error(e);
  return { kind: 'failed', error: { code: 'internal', params: {}, message: 'internal error in import', messageZh: '导入时发生内部错误（详情已记入日志）' } };
}

export const importJobHandlers: HandlerMap<keyof typeof IMPORT_JOB_METHODS> = {
  'import.start': (deps, input) => {
    const jobs = jobsOf(deps);
    const { db } = deps;
    const options = importOptions(deps, input, input.dryRun);
    const jobId = jobs.start(input.dryRun, async (ctx) => importResult(await importFile(db, { ...options, ...ctx })), (e) => classify(input.fileName, e));
    return { jobId };
  },
  'import.status': (deps, { jobId }) => {
    const status = jobsOf(deps).status(jobId);
    if (!status) throw new NotFoundError(`import job ${jobId} not found`, `未找到导入任务 ${jobId}`);
    return status;
  },
  'import.cancel': (deps, { jobId }) => {
    const status = jobsOf(deps).cancel(jobId);
    if (!status) throw new NotFoundError(`import job ${jobId} not found`, `未找到导入任务 ${jobId}`);
    return status;
  },
};
