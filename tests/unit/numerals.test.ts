import { describe, expect, test } from 'vitest';
import { cnToInt, intToCn } from '../../src/lib/numerals';

const pairs: [string, number][] = [
  ['一', 1],
  ['九', 9],
  ['十', 10],
  ['十一', 11],
  ['十九', 19],
  ['二十', 20],
  ['二十五', 25],
  ['四十三', 43],
  ['九十九', 99],
  ['一百', 100],
  ['一百零五', 105],
  ['一百一十', 110],
  ['一百一十五', 115],
  ['一百五十八', 158],
  ['二百', 200],
  ['一千零一', 1001],
  ['一千零一十', 1010],
];

describe('Chinese numerals', () => {
  test.each(pairs)('%s reads as %i', (cn, n) => {
    expect(cnToInt(cn)).toBe(n);
  });

  test.each(pairs)('%s is how %i is written', (cn, n) => {
    expect(intToCn(n)).toBe(cn);
  });

  test('every number up to 300 survives the round trip', () => {
    for (let n = 1; n <= 300; n++) expect(cnToInt(intToCn(n))).toBe(n);
  });

  test.each(['', '百', '十十', '一百十', '一一', '零十', '两', '十百', '2', '第一'])('"%s" is not a numeral', (text) => {
    expect(cnToInt(text)).toBeNull();
  });

  test('out-of-range numbers are refused when writing', () => {
    expect(() => intToCn(-1)).toThrow(RangeError);
    expect(() => intToCn(1.5)).toThrow(RangeError);
  });
});
