import type { ApiResponse } from '../../shared/api/contract';

/** Only answers this large are kept serialised: the 100k-plot map data, not the small everyday ones. */
const MIN_KEPT_CHARS = 1_000_000;
const serialised = new WeakMap<object, string>();

/**
 * The HTTP body of an answer. Cached handler results (plots.columns) come back as the same object until the
 * database changes, so their JSON — hundreds of ms at 100k plots — is kept with the object and reused.
 */
export function answerJson(answer: ApiResponse<unknown>): string {
  if (!answer.ok || typeof answer.data !== 'object' || answer.data === null) return JSON.stringify(answer);
  const data = answer.data;
  let json = serialised.get(data);
  if (json === undefined) {
    json = JSON.stringify(data);
    if (json.length >= MIN_KEPT_CHARS) serialised.set(data, json);
  }
  return `{"ok":true,"data":${json}}`;
}
