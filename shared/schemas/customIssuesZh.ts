import { PUYANG_EXTENT } from '../settings/editableParameters';

/**
 * Chinese for the messages our own schemas write by hand (refine, superRefine, regex with a message). zod only knows
 * the English text, so each is matched here; a message missing from this list still reaches the user, in English,
 * after a Chinese lead-in (see issuesZh.ts). tests/unit/customIssuesZh.test.ts finds every such message in shared/
 * and fails while one has no Chinese here.
 */
const E = PUYANG_EXTENT;

const CUSTOM_ZH: readonly (readonly [RegExp, (m: RegExpExecArray) => string])[] = [
  // shared/domain/dates.ts, shared/schemas/inspection.ts
  [/^expected a calendar date YYYY-MM-DD$/, () => '日期格式应为 YYYY-MM-DD（且为有效日期）'],
  [/^expected YYYY-MM-DDTHH:mm$/, () => '时间格式应为 YYYY-MM-DDTHH:mm'],
  [/^not a calendar date$/, () => '不是有效日期'],
  [/^not base64 data$/, () => '不是有效的 base64 数据'],
  [/^a photo may be at most (\d+(?:\.\d+)?) MB$/, (m) => `每张照片不能超过 ${m[1] ?? ''} MB`],
  [/^the photos of one inspection may total at most (\d+(?:\.\d+)?) MB$/, (m) => `一次检查的照片合计不能超过 ${m[1] ?? ''} MB`],
  [/^the start date is required when development has started$/, () => '已动工须填写动工日期'],
  [/^say which Art\. 30 criterion the start meets$/, () => '须说明符合第三十条哪一项'],
  [/^Art\. 30: a start counts only after the construction permit$/, () => '取得施工许可证后方可认定动工（第三十条）'],
  [/^the stage cannot be "not started" for a started project$/, () => '已动工的项目进度不能是“未动工”'],
  [/^no start date for a project that has not started$/, () => '未动工的项目不应有动工日期'],
  [/^a project that has not started has stage "not started"$/, () => '未动工的项目进度应为“未动工”'],
  [/^only a started project can be suspended$/, () => '只有已动工的项目才能中止建设'],
  [/^nothing can be built before the start$/, () => '未动工的项目完成比例应为 0'],
  [/^the date is after the inspection$/, () => '日期晚于检查时间'],
  [/^the date is before the start$/, () => '日期早于动工日期'],
  [/^the completion date is required for a completed project$/, () => '已竣工须填写竣工日期'],
  [/^a completed project is not suspended$/, () => '已竣工的项目不应有中止日期'],
  [/^a completion date needs the stage "completed"$/, () => '填写竣工日期时进度应为“已竣工”'],
  // shared/api/methods/idleLand.ts
  [/^an Art\. 8 ground is required for a government-caused delay$/, () => '政府原因造成的闲置须选择第八条情形'],
  // shared/geo/onlineBasemap.ts
  [/^the Tianditu key \(tk\) is 32 hexadecimal characters$/, () => '天地图密钥（tk）应为 32 位十六进制字符'],
  [/^subdomains are letters or digits/, () => '子域名只能是字母或数字，每个字符一个子域名（如 abc 或 0123）'],
  [/^name the map source \(attribution\)$/, () => '请填写地图来源（版权说明）'],
  [/^the URL needs \{z\}, \{x\} and \{y\} \(or \{-y\}\)$/, () => '地址须包含 {z}、{x} 和 {y}（或 {-y}）'],
  [/^the URL has \{s\}: list its subdomains/, () => '地址含 {s}：请填写子域名（如 abc 或 0123）'],
  [/^the URL must start with https:\/\/ or http:\/\/$/, () => '地址须以 https:// 或 http:// 开头'],
  [/^the URL must not carry a user name or password$/, () => '地址中不能包含用户名或密码'],
  [/^"(.*)" is not a host name$/, (m) => `“${m[1] ?? ''}”不是有效的主机名`],
  [/^"(.*)" has no valid port$/, (m) => `“${m[1] ?? ''}”的端口无效`],
  // shared/settings/editableParameters.ts
  [/^the box needs its minimum below its maximum$/, () => '范围的最小经纬度应小于最大经纬度'],
  [/^the box must hold the whole city/, () => `范围须包含濮阳全市（东经 ${E.minLon}–${E.maxLon}°，北纬 ${E.minLat}–${E.maxLat}°）`],
  [/^the area tolerance is (.+)–(.+) %$/, (m) => `面积容差应在 ${m[1] ?? ''}%–${m[2] ?? ''}% 之间`],
  // shared/rules/benchmarkSettings.ts, localParameters.ts, ruleSetSchema.ts
  [/^class shares must add up to 1$/, () => '各等级所占比例之和应为 1'],
  [/^each class once$/, () => '每个等级只能出现一次'],
  [/^at least one weight must be above 0$/, () => '至少有一项权重应大于 0'],
  [/^bucket bounds must increase$/, () => '分段界限应逐段递增'],
  [/^duplicate rule id (.*)$/, (m) => `规则编号 ${m[1] ?? ''} 重复`],
];

/** The Chinese for one of our own schema messages, or null when it is not in the list. */
export function customIssueZh(message: string): string | null {
  for (const [pattern, say] of CUSTOM_ZH) {
    const m = pattern.exec(message);
    if (m) return say(m);
  }
  return null;
}
