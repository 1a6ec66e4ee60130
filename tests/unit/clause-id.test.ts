import { describe, expect, test } from 'vitest';
import { clauseAnchor, clauseId, isClauseId, parseClauseId } from '../../src/lib/clause-id';

describe('clause ids', () => {
  test.each([
    [{ reg: 'zhuti-zeren', article: 7 }, 'zhuti-zeren:7', 'art-7'],
    [{ reg: 'zhuti-zeren', article: 7, paragraph: 1 }, 'zhuti-zeren:7.1', 'art-7-1'],
    [{ reg: 'zhuti-zeren', article: 7, paragraph: 1, item: 3 }, 'zhuti-zeren:7.1.3', 'art-7-1-3'],
    [{ reg: 'jilv-chufen', article: 158 }, 'jilv-chufen:158', 'art-158'],
  ])('%o is %s, anchored at #%s', (ref, id, anchor) => {
    expect(clauseId(ref)).toBe(id);
    expect(parseClauseId(id)).toEqual(ref);
    expect(clauseAnchor(ref)).toBe(anchor);
    expect(isClauseId(id)).toBe(true);
  });

  test('parts of the 准则 anchor as part-N', () => {
    expect(clauseAnchor({ reg: 'zhengzhi-shenghuo-zhunze', article: 9, paragraph: 2 }, 'part')).toBe('part-9-2');
  });

  test.each(['zhuti-zeren', 'zhuti-zeren:0', 'zhuti-zeren:7.', 'Zhuti:7', 'zhuti-zeren:7.1.3.4', ':7'])('"%s" is not a clause id', (s) => {
    expect(isClauseId(s)).toBe(false);
    expect(parseClauseId(s)).toBeNull();
  });

  test('an item without its paragraph cannot be named', () => {
    expect(() => clauseId({ reg: 'x', article: 1, item: 2 })).toThrow(TypeError);
  });
});
