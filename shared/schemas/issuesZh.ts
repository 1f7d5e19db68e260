import type { z } from 'zod';
import { customIssueZh } from './customIssuesZh';

type Issue = z.core.$ZodIssue;

const TYPE_ZH: Record<string, string> = {
  string: '文本',
  number: '数字',
  int: '整数',
  bigint: '整数',
  boolean: '是/否（布尔值）',
  object: '对象',
  array: '列表',
  date: '日期',
  null: '空值（null）',
  nan: 'NaN',
};

const FORMAT_ZH: Record<string, string> = {
  date: '日期格式应为 YYYY-MM-DD',
  datetime: '时间格式应为 YYYY-MM-DDTHH:mm:ss',
  time: '时间格式应为 HH:mm:ss',
  email: '不是有效的电子邮箱地址',
  url: '不是有效的网址',
  uuid: '不是有效的 UUID',
  base64: '不是有效的 base64 数据',
};

const shown = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'bigint' ? v.toString() : JSON.stringify(v) ?? String(v));

function sizeZh(origin: string, bound: string, count: unknown, exact: boolean | undefined): string | null {
  const n = shown(count);
  if (origin === 'string') return exact ? `应为 ${n} 个字符` : `${bound === 'min' ? '至少' : '最多'} ${n} 个字符`;
  if (origin === 'array' || origin === 'set') return exact ? `应为 ${n} 项` : `${bound === 'min' ? '至少' : '最多'} ${n} 项`;
  return null;
}

/** What is wrong with the value, in Chinese: the text a clerk reads after the field's name. */
function whatIsWrongZh(issue: Issue): string {
  const custom = customIssueZh(issue.message);
  if (custom !== null) return custom;
  switch (issue.code) {
    case 'invalid_type':
      if (/received undefined$/.test(issue.message)) return '缺少字段';
      return `应为${TYPE_ZH[issue.expected] ?? issue.expected}`;
    case 'too_small': {
      if (issue.origin === 'string' && Number(issue.minimum) === 1 && !issue.exact) return '不能为空';
      const sized = sizeZh(issue.origin, 'min', issue.minimum, issue.exact);
      if (sized !== null) return sized;
      return `超出范围：应 ${issue.inclusive === false ? '>' : '≥'} ${shown(issue.minimum)}`;
    }
    case 'too_big': {
      const sized = sizeZh(issue.origin, 'max', issue.maximum, issue.exact);
      if (sized !== null) return sized;
      return `超出范围：应 ${issue.inclusive === false ? '<' : '≤'} ${shown(issue.maximum)}`;
    }
    case 'invalid_format':
      return FORMAT_ZH[issue.format] ?? '格式不正确';
    case 'not_multiple_of':
      return `应为 ${shown(issue.divisor)} 的整数倍`;
    case 'unrecognized_keys':
      return `不认识的字段：${issue.keys.join('、')}`;
    case 'invalid_value':
      return issue.values.length === 1 ? `取值应为 ${shown(issue.values[0])}` : `取值应为 ${issue.values.map(shown).join('/')}`;
    case 'invalid_union': {
      const options = (issue as { options?: unknown[] }).options;
      if (Array.isArray(options) && options.length > 0) return `取值应为 ${options.map(shown).join('/')}`;
      return '不符合任何一种允许的格式';
    }
    case 'invalid_key':
      return '键名无效';
    case 'invalid_element':
      return '其中有无效的元素';
    case 'custom':
      return `不符合要求（${issue.message}）`;
  }
}

/** The Chinese twin of describeIssues: one line per issue, `标签.字段：问题`, the same label and field path as the English (an empty label: `字段：问题`). */
export function describeIssuesZh(error: z.ZodError, label: string): string[] {
  return error.issues.map((issue) => {
    const where = [label, ...issue.path.map(String)].filter((part) => part !== '').join('.');
    return where === '' ? whatIsWrongZh(issue) : `${where}：${whatIsWrongZh(issue)}`;
  });
}
