import { describe, expect, test } from 'vitest';
import { emptyStudy, setAnswer, setStudied, type StudyData } from '../../src/lib/study-store';
import { base64url, fromBase64url, packRecord, payloadOf, transferUrl, unpackRecord } from '../../src/lib/study-transfer';

const now = new Date('2026-11-22T08:00:00.000Z');

function record() {
  let d: StudyData = { ...emptyStudy(), roles: ['dangzu', 'shuji'], topic: 'minzhu-shenghuohui-huiqian' };
  d = setAnswer(d, 'zhuti-zeren/8/2', { state: '部分做到', note: '重点案件督办不够及时，年内整改' }, now);
  d = setAnswer(d, 'zhuti-zeren/10/1', { state: '做到' }, now);
  return setStudied(d, 'articles', 'zhuti-zeren/8', true);
}

describe('the record in a link', () => {
  test('packed and unpacked, the record comes back whole (answers stamped with the import time)', async () => {
    const data = record();
    const payload = await packRecord(data);
    expect(payload).toMatch(/^[A-Za-z0-9_-]+$/);
    const back = await unpackRecord(payload, now);
    expect(back.ok).toBe(true);
    if (back.ok) expect(back.data).toEqual(data);
  });

  test('a pack of 30 answers with short notes fits one QR code (2,953 bytes at most) with room to spare', async () => {
    let data = record();
    for (let i = 1; i <= 30; i++) data = setAnswer(data, `zhuti-zeren/${i}/1`, { state: '做到', note: i % 2 ? '' : '会前再对照一次，年内整改到位' }, now);
    const saved = new TextEncoder().encode(JSON.stringify(data)).length;
    const payload = await packRecord(data);
    expect(payload.length).toBeLessThan(saved / 3);
    expect(payload.length).toBeLessThan(1500);
  });

  test.each([
    ['not base64url', '***'],
    ['not compressed data', base64url(new TextEncoder().encode('hello'))],
  ])('a damaged payload (%s) is refused with a reason', async (_name, payload) => {
    const r = await unpackRecord(payload);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain('链接中的记录');
  });

  test('a payload of another site’s data is refused like an imported file', async () => {
    const bytes = new TextEncoder().encode(JSON.stringify({ todos: [1] }));
    const compressed = new Uint8Array(await new Response(new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate-raw'))).arrayBuffer());
    const r = await unpackRecord(base64url(compressed));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toBe('不是本站的学习记录');
  });

  test('base64url round-trips every byte value', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect([...fromBase64url(base64url(all))]).toEqual([...all]);
    expect(base64url(new Uint8Array([251, 255]))).toBe('-_8');
  });

  test.each([
    ['http://kb.example/study/shuji/', 'http://kb.example/study/shuji/#import=abc'],
    ['http://kb.example:8080/kb/study/combined/?roles=dangzu,shuji#top', 'http://kb.example:8080/kb/study/combined/?roles=dangzu,shuji#import=abc'],
  ])('the link keeps the page’s own host, base path and query: %s', (page, link) => {
    expect(transferUrl(page, 'abc')).toBe(link);
    expect(payloadOf(new URL(link).hash)).toBe('abc');
  });

  test('other fragments carry no record', () => {
    expect(payloadOf('#art-8')).toBeNull();
    expect(payloadOf('')).toBeNull();
    expect(payloadOf('#import=')).toBeNull();
  });
});
