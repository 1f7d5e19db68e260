import { describe, expect, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import { BadInputError, ConflictError, NotFoundError, toApiError } from '../../electron/api/errors';

/*
 * Why a type check guards this, not a scan of the sources: messageZh is a required constructor argument, so a throw
 * without it does not compile (`npm test` runs tsc -p electron and -p tests). These assertions fail `tsc -p tests` if
 * anyone makes it optional again; the cases below check what reaches the caller.
 */
describe('errors a user can meet carry Chinese', () => {
  it('every SaidError needs its Chinese message to be constructed at all', () => {
    expectTypeOf<ConstructorParameters<typeof BadInputError>>().toEqualTypeOf<[message: string, messageZh: string]>();
    expectTypeOf<ConstructorParameters<typeof NotFoundError>>().toEqualTypeOf<[message: string, messageZh: string]>();
    expectTypeOf<ConstructorParameters<typeof ConflictError>>().toEqualTypeOf<[message: string, messageZh: string]>();
    expectTypeOf<ReturnType<typeof toApiError>['messageZh']>().toEqualTypeOf<string | undefined>();
  });

  it('toApiError keeps both languages for each kind, and says internal errors in Chinese too', () => {
    expect(toApiError(new NotFoundError('plot P9 not found', '未找到宗地 P9'), 'plots.get')).toEqual({ code: 'not-found', message: 'plot P9 not found', messageZh: '未找到宗地 P9' });
    expect(toApiError(new BadInputError('bad', '不对'), 'm')).toEqual({ code: 'bad-input', message: 'bad', messageZh: '不对' });
    expect(toApiError(new ConflictError('stale', '已被修改'), 'm')).toEqual({ code: 'conflict', message: 'stale', messageZh: '已被修改' });
    expect(toApiError(new Error('disk on fire at /home/x'), 'report.zone')).toEqual({ code: 'internal', message: 'internal error in report.zone', messageZh: 'report.zone 内部错误（详情已记入日志）' });
  });

  it('turns a zod error into English and Chinese lines, each quoted value clipped alike', () => {
    const r = z.object({ id: z.string().max(3), n: z.number() }).safeParse({ id: 'x'.repeat(500) });
    if (r.success) throw new Error('accepted');
    const e = toApiError(r.error, 'plots.get');
    expect(e.message).toBe('plots.get.id: Too big: expected string to have <=3 characters; plots.get.n: Invalid input: expected number, received undefined');
    expect(e.messageZh).toBe('plots.get.id：最多 3 个字符；plots.get.n：缺少字段');
    const huge = toApiError(new NotFoundError(`plot ${'Z'.repeat(10_000)} not found`, `未找到宗地 ${'Z'.repeat(10_000)}`), 'plots.get');
    expect(huge.messageZh?.length).toBeLessThan(200);
    expect(huge.message).toMatch(/^plot Z{120}…\(10000 chars\) not found$/);
    expect(huge.messageZh).toMatch(/^未找到宗地 Z{120}…（共 10000 个字符）$/);
    // Chinese has no spaces between words: a long refusal is never cut as if it were one quoted value.
    const long = '已动工须填写动工日期，须说明符合第三十条哪一项，取得施工许可证后方可认定动工（第三十条）'.repeat(4);
    expect(toApiError(new BadInputError('x', long), 'inspections.save').messageZh).toBe(long);
  });
});
