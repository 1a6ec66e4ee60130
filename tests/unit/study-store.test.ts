import { describe, expect, test } from 'vitest';
import {
  ASIDE_PREFIX,
  STORAGE_KEY,
  emptyStudy,
  emptyWorkspace,
  loadStudy,
  parseStudy,
  describeStudy,
  progress,
  saveStudy,
  summarizeStudy,
  serializeStudy,
  setAnswer,
  setStudied,
  type StorageLike,
  type StudyDataV1,
  type StudyDataV2,
  type StudyDataV3,
} from '../../src/lib/study-store';

class MemoryStorage implements StorageLike {
  map = new Map<string, string>();
  get length() {
    return this.map.size;
  }
  key(i: number) {
    return [...this.map.keys()][i] ?? null;
  }
  getItem(k: string) {
    return this.map.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.map.set(k, v);
  }
  removeItem(k: string) {
    this.map.delete(k);
  }
}

const now = new Date('2026-11-22T08:00:00.000Z');

function filled() {
  let d = emptyStudy();
  d = { ...d, roles: ['dangzu', 'shuji'], topic: 'minzhu-shenghuohui-huiqian' };
  d = setAnswer(d, 'zhuti-zeren/8/2', { state: '部分做到', note: '重点案件督办不够及时' }, now);
  d = setAnswer(d, 'zhuti-zeren/10/1', { state: '做到' }, now);
  d = setStudied(d, 'articles', 'zhuti-zeren/8', true);
  d = setStudied(d, 'topics', 'zeren-qingdan', true);
  return d;
}

describe('study storage schema', () => {
  test('a version 1 document is migrated: answers and notes merged, articles kept, topics empty', () => {
    const v1: StudyDataV1 = {
      schema: 'zcyz-kb/study',
      version: 1,
      role: 'shuji',
      checklist: { 'zhuti-zeren/8/2': '未做到', 'zhuti-zeren/10/1': '做到' },
      notes: { 'zhuti-zeren/8/2': '年内补课', 'zhuti-zeren/16/1': '只有备注' },
      studied: ['zhuti-zeren/8'],
    };
    const r = parseStudy(JSON.stringify(v1));
    expect(r.ok && r.migratedFrom).toBe(1);
    if (!r.ok) return;
    expect(r.data.version).toBe(4);
    expect(r.data.roles).toEqual(['shuji']);
    expect(r.data.answers['zhuti-zeren/8/2']).toMatchObject({ state: '未做到', note: '年内补课' });
    expect(r.data.answers['zhuti-zeren/16/1']).toMatchObject({ state: null, note: '只有备注' });
    expect(r.data.studied).toEqual({ articles: ['zhuti-zeren/8'], topics: [] });
  });

  test('a version 2 document is migrated: its one role becomes the roles held, answers and progress kept', () => {
    const v2: StudyDataV2 = {
      schema: 'zcyz-kb/study',
      version: 2,
      role: 'shuji',
      topic: 'zeren-qingdan',
      answers: { 'zhuti-zeren/8/2': { state: '部分做到', note: '督办不够', updated: '2026-10-01T00:00:00.000Z' } },
      studied: { articles: ['zhuti-zeren/8'], topics: ['zeren-qingdan'] },
    };
    const r = parseStudy(JSON.stringify(v2));
    expect(r.ok && r.migratedFrom).toBe(2);
    if (!r.ok) return;
    expect(r.data).toEqual({
      schema: 'zcyz-kb/study',
      version: 4,
      roles: ['shuji'],
      topic: 'zeren-qingdan',
      answers: v2.answers,
      studied: v2.studied,
      workspace: emptyWorkspace(),
    });
    expect('role' in r.data).toBe(false);
    const none = parseStudy(JSON.stringify({ ...v2, role: null }));
    expect(none.ok && none.data.roles).toEqual([]);
  });

  test('a version 1 document goes through every migration to the current version, with an empty workspace', () => {
    const r = parseStudy(JSON.stringify({ schema: 'zcyz-kb/study', version: 1, role: 'jijian', checklist: { 'zhuti-zeren/9/1': '做到' } }));
    expect(r.ok && r.migratedFrom).toBe(1);
    if (r.ok)
      expect([r.data.version, r.data.roles, r.data.answers['zhuti-zeren/9/1']?.state, r.data.workspace]).toEqual([4, ['jijian'], '做到', emptyWorkspace()]);
  });

  test('a version 3 document gains an empty workspace and keeps everything else', () => {
    const v3: StudyDataV3 = {
      schema: 'zcyz-kb/study',
      version: 3,
      roles: ['dangzu', 'shuji'],
      topic: null,
      answers: { 'zhuti-zeren/8/2': { state: '未做到', note: '督办不够', updated: '2026-10-01T00:00:00.000Z' } },
      studied: { articles: [], topics: ['zeren-qingdan'] },
    };
    const r = parseStudy(JSON.stringify(v3));
    expect(r.ok && r.migratedFrom).toBe(3);
    if (r.ok) expect(r.data).toEqual({ ...v3, version: 4, workspace: { date: '', order: [], work: {}, own: {}, removed: [] } });
  });

  test('a workspace with causes, measures and own problems survives a round trip', () => {
    const d = filled();
    const data = {
      ...d,
      workspace: {
        date: '2026-12-20',
        order: ['own/a1', 'zhuti-zeren/8/2'],
        work: {
          'zhuti-zeren/8/2': { cause: '思想上重视不够', measures: [{ text: '建立督办台账', owner: '张三', due: '2027-01-31', status: '推进中' as const }] },
          'own/a1': { cause: '', measures: [] },
        },
        own: { 'own/a1': { text: '调研不深入', clause: 'zhuti-zeren:8' } },
        removed: ['zhuti-zeren/10/1'],
      },
    };
    const r = parseStudy(serializeStudy(data));
    expect(r.ok && r.data).toEqual(data);
  });

  test.each([
    ['a measure with a bad status', { work: { 'zhuti-zeren/8/2': { cause: '', measures: [{ text: 'x', owner: '', due: '', status: '差不多' }] } } }],
    ['a deadline that is not a date', { work: { 'zhuti-zeren/8/2': { cause: '', measures: [{ text: 'x', owner: '', due: '明年', status: '未开始' }] } } }],
    ['an own problem tied to a script', { own: { 'own/a': { text: 'x', clause: '<script>' } } }],
    ['a missing workspace', undefined],
  ])('a workspace with %s is refused', (_name, change) => {
    const doc = change === undefined ? { ...emptyStudy(), workspace: undefined } : { ...emptyStudy(), workspace: { ...emptyWorkspace(), ...change } };
    const r = parseStudy(JSON.stringify(doc));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain('问题清单');
  });

  test('roles that are not ids are refused', () => {
    const r = parseStudy(JSON.stringify({ ...emptyStudy(), roles: ['shuji', '<b>'] }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain('角色字段无效');
  });

  test('a migrated document is saved back in the current version on load', () => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, JSON.stringify({ schema: 'zcyz-kb/study', version: 1, checklist: { 'zhuti-zeren/10/1': '做到' } }));
    const loaded = loadStudy(storage, now);
    expect(loaded.notice).toContain('第1版');
    expect(JSON.parse(storage.getItem(STORAGE_KEY)!).version).toBe(4);
  });

  test.each([
    ['broken JSON', '{"schema": "zcyz-kb/study", ', '不是有效的 JSON'],
    ['another site’s data', JSON.stringify({ todos: [1, 2] }), '不是本站的学习记录'],
    ['a newer version', JSON.stringify({ schema: 'zcyz-kb/study', version: 9 }), '更新的版本'],
    ['a bad answer state', JSON.stringify({ ...emptyStudy(), answers: { 'zhuti-zeren/8/1': { state: '很好', note: '', updated: '' } } }), '状态无效'],
    ['a script in an id', JSON.stringify({ ...emptyStudy(), answers: { '<img>': { state: null, note: '', updated: '' } } }), '无效'],
    ['an array', '[]', '不是本站的学习记录'],
  ])('%s is refused with a reason', (_name, raw, reason) => {
    const r = parseStudy(raw);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain(reason);
  });

  test('unreadable data in storage is set aside (not lost), reported, and the kit starts empty', () => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, 'not json at all');
    const loaded = loadStudy(storage, now);
    expect(loaded.data).toEqual(emptyStudy());
    expect(loaded.notice).toContain('无法读取');
    expect(loaded.aside).toEqual([`${ASIDE_PREFIX}2026-11-22T08:00:00.000Z`]);
    expect(storage.getItem(loaded.aside[0]!)).toBe('not json at all');
    expect(storage.getItem(STORAGE_KEY)).toBeNull();
    // The next load still lists what was set aside.
    expect(loadStudy(storage, now).aside).toHaveLength(1);
  });

  test('export → clear → import restores everything', () => {
    const storage = new MemoryStorage();
    const data = filled();
    expect(saveStudy(storage, data)).toBe(true);
    const exported = serializeStudy(loadStudy(storage).data);
    storage.removeItem(STORAGE_KEY);
    expect(loadStudy(storage).data).toEqual(emptyStudy());
    const imported = parseStudy(exported);
    expect(imported.ok).toBe(true);
    if (imported.ok) saveStudy(storage, imported.data);
    expect(loadStudy(storage).data).toEqual(data);
  });

  test('without storage the kit still works and says it will not save', () => {
    const loaded = loadStudy(null);
    expect(loaded.data).toEqual(emptyStudy());
    expect(loaded.notice).toContain('不会保存');
    expect(saveStudy(null, loaded.data)).toBe(false);
  });
});

describe('answers and progress', () => {
  test('a record is summed up in words before an import replaces it', () => {
    const s = summarizeStudy(filled());
    expect(s).toEqual({ answers: 2, notes: 1, articles: 1, topics: 1, measures: 0 });
    expect(describeStudy(s)).toBe('2个问题已自评（1条备注），1条条文已学，1个专题已学');
    expect(describeStudy(summarizeStudy(emptyStudy()))).toBe('没有记录');
  });

  test('clearing both state and note removes the answer', () => {
    let d = setAnswer(emptyStudy(), 'zhuti-zeren/10/1', { state: '做到' }, now);
    d = setAnswer(d, 'zhuti-zeren/10/1', { state: null }, now);
    expect(d.answers).toEqual({});
  });

  test('progress counts the studied share of a list', () => {
    expect(progress(['a/1', 'a/2', 'a/3', 'a/4'], ['a/2', 'a/4', 'b/1'])).toEqual({ done: 2, total: 4, percent: 50 });
    expect(progress([], ['a/1'])).toEqual({ done: 0, total: 0, percent: 0 });
  });

  test('marking twice keeps one entry; unmarking removes it', () => {
    let d = setStudied(emptyStudy(), 'articles', 'zhuti-zeren/8', true);
    d = setStudied(d, 'articles', 'zhuti-zeren/8', true);
    expect(d.studied.articles).toEqual(['zhuti-zeren/8']);
    expect(setStudied(d, 'articles', 'zhuti-zeren/8', false).studied.articles).toEqual([]);
  });
});
