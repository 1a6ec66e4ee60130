/** Places from the GB/T 2260 divisions: a city under its province, a county under its city. */
import { describe, expect, test } from 'vitest';
import { regionLabel, caseFacets } from '../../src/lib/case-facets';
import { divisionLabel, resolvePlace } from '../../src/lib/divisions';

const label = (p: Parameters<typeof resolvePlace>[0]) => {
  const r = resolvePlace(p);
  return 'error' in r ? r.error : divisionLabel(r.division);
};

describe('resolvePlace', () => {
  test.each([
    [{ city: '南通市' }, '江苏省南通市'],
    [{ province: '云南省', county: '景洪市' }, '云南省西双版纳傣族自治州景洪市'],
    [{ province: '福建省', city: '三明市', county: '尤溪县' }, '福建省三明市尤溪县'],
    [{ county: '宜兴市' }, '江苏省无锡市宜兴市'],
    [{ province: '上海市' }, '上海市'],
    [{ county: '浦东新区' }, '上海市浦东新区'],
  ])('%o lies in %s', (place, expected) => {
    expect(label(place)).toBe(expected);
  });

  test('a name several divisions share asks for the province or city', () => {
    expect(label({ county: '鼓楼区' })).toMatch(/鼓楼区 names 4 divisions .*江苏省南京市鼓楼区.*add the province or city/);
  });

  test('levels that contradict the divisions are refused, naming where the place really is', () => {
    expect(label({ province: '河南省', county: '宜兴市' })).toBe('宜兴市、河南省: 宜兴市 is not in 河南省 in the GB/T 2260 divisions (it is in 江苏省)');
  });

  test('a name that is no division is refused', () => {
    expect(label({ city: '南通' })).toContain('南通 is no division in GB/T 2260');
  });
});

describe('case facets use the derived province', () => {
  const base = { years: [], nature: '对策建议' as const, subjects: [], tags: ['责任清单'], sources: [{ date: '2018-08-14' }] };
  test('a case whose source names only 南通市 is filed under 江苏省', () => {
    expect(caseFacets({ ...base, region: { city: '南通市' } }).province).toBe('江苏省');
    expect(regionLabel({ city: '南通市' })).toBe('江苏省南通市');
  });
});
