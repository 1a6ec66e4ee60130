/**
 * Chinese numerals as used in Party regulations: 第一百五十八条, 第十一章, （二十）.
 * Only the forms these documents use are supported: 零 to 九千九百九十九, no 两, no 〇.
 */

const DIGITS = '零一二三四五六七八九';
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/**
 * Parses a Chinese numeral. Returns `null` for anything that is not a well-formed numeral.
 * @example cnToInt('一百零五') // 105
 * @example cnToInt('十一') // 11
 */
export function cnToInt(text: string): number | null {
  if (!/^[零一二三四五六七八九十百千]+$/.test(text)) return null;
  let total = 0;
  let digit: number | null = null;
  let lastUnit = Infinity;
  for (const ch of text) {
    const d = DIGITS.indexOf(ch);
    if (d >= 0) {
      if (digit !== null && digit !== 0 && d !== 0) return null; // two digits in a row
      digit = d;
      continue;
    }
    const unit = UNITS[ch]!;
    if (unit >= lastUnit) return null; // 十百, 百百 …
    if (digit === 0) return null; // 零十
    // A bare 十 (十一) means 一十; a bare 百 or 千 is not written in these texts.
    if (digit === null && unit !== 10) return null;
    if (digit === null && total !== 0) return null; // 一百十 is written 一百一十
    total += (digit ?? 1) * unit;
    lastUnit = unit;
    digit = null;
  }
  if (digit !== null) total += digit;
  if (total === 0 && text !== '零') return null;
  return total;
}

/**
 * Writes a positive integer as a Chinese numeral, the inverse of {@link cnToInt}.
 * @example intToCn(110) // '一百一十'
 * @example intToCn(10) // '十'
 */
export function intToCn(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 9999) throw new RangeError(`intToCn: ${n} is out of range`);
  if (n === 0) return '零';
  const parts: string[] = [];
  const places: [number, string][] = [
    [1000, '千'],
    [100, '百'],
    [10, '十'],
    [1, ''],
  ];
  let pendingZero = false;
  for (const [value, unit] of places) {
    const d = Math.floor(n / value) % 10;
    if (d === 0) {
      if (parts.length) pendingZero = true;
      continue;
    }
    if (pendingZero) parts.push('零');
    pendingZero = false;
    // 十一 rather than 一十一 when 十 leads the number.
    parts.push(value === 10 && d === 1 && parts.length === 0 ? unit : DIGITS[d]! + unit);
  }
  return parts.join('');
}
