/**
 * The header's 字号与对比度 panel: text size in four steps and a high-contrast mode, kept in this
 * browser (localStorage) for every page. The inline script src/scripts/reader-prefs-early.js reads
 * the same record before the first paint; this module only changes and saves it.
 */
export const READER_KEY = 'zcyz-kb/reader';

export interface ReaderPrefs {
  /** 0 标准, 1 较大, 2 大, 3 特大 (the root font size: 100, 112.5, 125, 150 %). */
  size: 0 | 1 | 2 | 3;
  /** Unset: follow the system's "more contrast" setting. */
  contrast?: boolean;
}

function read(): ReaderPrefs {
  try {
    const p = JSON.parse(localStorage.getItem(READER_KEY) ?? '{}') as Partial<ReaderPrefs>;
    const size = [0, 1, 2, 3].includes(Number(p.size)) ? (Number(p.size) as ReaderPrefs['size']) : 0;
    return typeof p.contrast === 'boolean' ? { size, contrast: p.contrast } : { size };
  } catch {
    return { size: 0 };
  }
}

function apply(p: ReaderPrefs) {
  const root = document.documentElement;
  if (p.size) root.setAttribute('data-text-size', String(p.size));
  else root.removeAttribute('data-text-size');
  const high = p.contrast ?? matchMedia('(prefers-contrast: more)').matches;
  if (high) root.setAttribute('data-contrast', 'high');
  else root.removeAttribute('data-contrast');
}

function save(p: ReaderPrefs) {
  try {
    if (!p.size && p.contrast === undefined) localStorage.removeItem(READER_KEY);
    else localStorage.setItem(READER_KEY, JSON.stringify(p));
  } catch {
    /* Storage blocked: the choice holds for this page only. */
  }
}

const panel = document.querySelector<HTMLElement>('[data-reader-panel]');
if (panel) {
  const sizes = [...panel.querySelectorAll<HTMLInputElement>('input[name="text-size"]')];
  const contrast = panel.querySelector<HTMLInputElement>('input[data-contrast]')!;
  const reset = panel.querySelector<HTMLButtonElement>('[data-reader-reset]')!;
  const show = (p: ReaderPrefs) => {
    for (const r of sizes) r.checked = Number(r.value) === p.size;
    contrast.checked = document.documentElement.getAttribute('data-contrast') === 'high';
  };
  let prefs = read();
  show(prefs);
  const change = (next: ReaderPrefs) => {
    prefs = next;
    apply(prefs);
    save(prefs);
    show(prefs);
  };
  for (const r of sizes) r.addEventListener('change', () => change({ ...prefs, size: Number(r.value) as ReaderPrefs['size'] }));
  contrast.addEventListener('change', () => change({ ...prefs, contrast: contrast.checked }));
  reset.addEventListener('click', () => change({ size: 0 }));
  // Another tab changed the setting: follow it.
  window.addEventListener('storage', (e) => {
    if (e.key !== READER_KEY) return;
    prefs = read();
    apply(prefs);
    show(prefs);
  });
}
