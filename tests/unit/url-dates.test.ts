import { expect, test } from 'vitest';
import { joinBase, articlePath } from '../../src/lib/url';
import { datedEvents, formatDate } from '../../src/lib/dates';

test.each([
  ['/', '/regulations/', '/regulations/'],
  ['/kb/', '/regulations/', '/kb/regulations/'],
  ['/kb', 'regulations/x/#art-7', '/kb/regulations/x/#art-7'],
  ['/a/b/', articlePath('zhuti-zeren', 7), '/a/b/regulations/zhuti-zeren/7/'],
])('base %s + %s = %s', (base, path, expected) => {
  expect(joinBase(base, path)).toBe(expected);
});

test('dates read as Chinese readers write them, in the order they happen', () => {
  expect(formatDate('2020-03-09')).toBe('2020年3月9日');
  expect(datedEvents({ effective: '2020-03-09', approved: '2020-02-26' }).map((e) => `${e.date}${e.label}`)).toEqual([
    '2020年2月26日审议批准',
    '2020年3月9日施行',
  ]);
  expect(() => formatDate('2020/3/9')).toThrow(RangeError);
});
