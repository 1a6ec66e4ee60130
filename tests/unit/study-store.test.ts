import { describe, expect, test } from 'vitest';
import {
  ASIDE_PREFIX,
  STORAGE_KEY,
  emptyStudy,
  loadStudy,
  parseStudy,
  progress,
  saveStudy,
  serializeStudy,
  setAnswer,
  setStudied,
  type StorageLike,
  type StudyDataV1,
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
  d = { ...d, role: 'shuji', topic: 'minzhu-shenghuohui-huiqian' };
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
    expect(r.data.version).toBe(2);
    expect(r.data.role).toBe('shuji');
    expect(r.data.answers['zhuti-zeren/8/2']).toMatchObject({ state: '未做到', note: '年内补课' });
    expect(r.data.answers['zhuti-zeren/16/1']).toMatchObject({ state: null, note: '只有备注' });
    expect(r.data.studied).toEqual({ articles: ['zhuti-zeren/8'], topics: [] });
  });

  test('a migrated document is saved back in the current version on load', () => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, JSON.stringify({ schema: 'zcyz-kb/study', version: 1, checklist: { 'zhuti-zeren/10/1': '做到' } }));
    const loaded = loadStudy(storage, now);
    expect(loaded.notice).toContain('第1版');
    expect(JSON.parse(storage.getItem(STORAGE_KEY)!).version).toBe(2);
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
