/**
 * The search page: reads the query and filters from the URL, runs them through Pagefind (loaded
 * on first use only), renders typed, grouped results with highlighted excerpts, and keeps the URL
 * in step (typing replaces the history entry; a filter change or Enter adds one, so Back works).
 * Keyboard: ↓ from the box enters the results, ↑/↓ move between them, Esc goes back to the box.
 */
import { formatDate } from '../lib/dates';
import type { RegulationNames } from '../lib/search-query';
import { segmentWords } from '../lib/highlight-terms';
import { withHighlight } from '../lib/search-keywords';
import type { CountingPagefind } from '../lib/search-facets';
import { facetLists } from './search-facets';
import {
  RANKING,
  VERSION_ALL,
  escapeHtml,
  excerptHtml,
  PAGE,
  expandHits,
  glossarySuggestions,
  groupResults,
  parseState,
  runSearch,
  stateQuery,
  type Entry,
  type ResultData,
  type SearchHit,
  type SearchState,
} from '../lib/search-ui';

/** Pagefind joins headings and text with ". "; after Chinese that reads as a stray full stop. */
const split = segmentWords();

function writeState(state: SearchState, mode: 'push' | 'replace') {
  const next = `${location.pathname}${stateQuery(state)}`;
  if (next === `${location.pathname}${location.search}`) return;
  if (mode === 'push') history.pushState(null, '', next);
  else history.replaceState(null, '', next);
}

interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  search: (
    q: string | null,
    o?: { filters?: Record<string, string>; sort?: Record<string, 'asc' | 'desc'> },
  ) => Promise<{ results: { id: string; score: number; data: () => Promise<ResultData> }[] } | null>;
  preload: (q: string) => Promise<void>;
  init: () => Promise<void>;
}

const root = document.querySelector<HTMLElement>('[data-search-page]');
if (root) {
  const base = root.dataset.base ?? '/';
  const form = root.querySelector<HTMLFormElement>('[data-search-form]')!;
  const input = root.querySelector<HTMLInputElement>('[data-search-input]')!;
  const selects = [...root.querySelectorAll<HTMLSelectElement>('select[data-filter]')];
  const sort = root.querySelector<HTMLSelectElement>('select[data-sort]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLElement>('[data-search-results]')!;
  const hints = root.querySelector<HTMLElement>('[data-search-hints]')!;
  const regs = JSON.parse(document.getElementById('regulation-names')?.textContent ?? '[]') as RegulationNames[];
  const terms = JSON.parse(document.getElementById('glossary-index')?.textContent ?? '[]') as { id: string; term: string; aliases: string[]; href: string }[];

  // The index loads when the box gets focus (or a URL brings a query), so by the first keystroke
  // it is usually there; until it is, the status says so.
  let pagefind: Promise<Pagefind> | undefined;
  let ready = false;
  const open = async (bundle: string) => {
    const pf = (await import(/* @vite-ignore */ `${base}${bundle}/pagefind.js`)) as Pagefind;
    await pf.options({ baseUrl: base, highlightParam: 'hl', excerptLength: 36, ranking: RANKING });
    await pf.init();
    return pf;
  };
  const load = () => {
    pagefind ??= open('pagefind').then((pf) => ((ready = true), pf));
    return pagefind;
  };
  // The historical versions' index: only when a reader asks for old texts.
  let older: Promise<Pagefind> | undefined;
  const loadHistory = () => (older ??= open('pagefind-history'));
  input.addEventListener('focus', () => void load().catch(() => undefined), { once: true });
  // Each filter option's count follows the search (src/scripts/search-facets.ts).
  const facets = facetLists(selects, regs, () => loadHistory() as unknown as Promise<CountingPagefind>);

  const current = (): SearchState => ({
    q: input.value.trim(),
    filters: Object.fromEntries(selects.filter((s) => s.value).map((s) => [s.dataset.filter!, s.value])),
    sort: sort.value === 'date' ? 'date' : '',
  });

  const show = (state: SearchState) => {
    input.value = state.q;
    for (const s of selects) s.value = state.filters[s.dataset.filter!] ?? '';
    sort.value = state.sort;
  };

  let run = 0;
  /** What is on screen: the records opened so far, their entries, and how many of those are shown. */
  let shown: { state: SearchState; found: SearchHit[]; opened: number; entries: Entry[]; visible: number; seen: Set<string> } | undefined;
  /** Entries shown at once (a text opens into many articles: they come in the same steps). */
  const STEP = 20;
  async function search(state: SearchState) {
    const id = ++run;
    const active = Object.keys(state.filters).length > 0;
    if (!state.q && !active && !state.sort) {
      list.replaceChildren();
      status.textContent = '';
      hints.hidden = false;
      facets.reset();
      return;
    }
    hints.hidden = true;
    status.textContent = ready ? '正在搜索……' : '正在加载搜索索引……';
    let pf: Pagefind;
    try {
      pf = await load();
    } catch {
      pagefind = undefined;
      status.textContent = '';
      list.innerHTML = `<div class="search-empty"><p><strong>搜索索引尚未生成。</strong>请先运行 <code>npm run build</code>：开发模式（astro dev）使用最近一次构建生成的索引。</p></div>`;
      return;
    }
    if (id === run) status.textContent = '正在搜索……';
    const found = await runSearch(pf, state, regs, loadHistory);
    if (!found || id !== run) return;
    const seen = new Set<string>();
    const entries = await expandHits(found.slice(0, PAGE), state, seen);
    if (id !== run) return;
    shown = { state, found, opened: Math.min(PAGE, found.length), entries, visible: Math.min(STEP, entries.length), seen };
    render();
    void facets.update(pf as unknown as CountingPagefind, state);
  }

  /** Without a version chosen, the offer to search the historical versions of the texts too. */
  const olderOffer = (state: SearchState) =>
    state.q && !state.filters.version && regs.some((r) => r.years.length > 1)
      ? `<p class="search-older">结果只含现行文本。<button type="button" class="btn" data-all-versions>同时搜索历史版本</button></p>`
      : '';

  function render() {
    if (!shown) return;
    const { state, entries, visible } = shown;
    const more = visible < entries.length || shown.opened < shown.found.length;
    const label = (k: string, v: string) => (k === 'version' ? `${v}版本` : v);
    const scope = [state.q && `“${state.q}”`, ...Object.entries(state.filters).map(([k, v]) => label(k, v))].filter(Boolean).join(' · ');
    if (!entries.length) {
      status.textContent = `没有找到${scope ? `与${scope}相关的` : ''}内容`;
      const drops = Object.entries(state.filters)
        .map(([k, v]) => `<li><button type="button" class="btn" data-drop="${escapeHtml(k)}">去掉筛选“${escapeHtml(v)}”</button></li>`)
        .join('');
      const suggestions = glossarySuggestions(state.q, terms)
        .map((t) => `<li><a href="${escapeHtml(t.href)}">${escapeHtml(t.term)}</a></li>`)
        .join('');
      list.innerHTML = `${olderOffer(state)}<div class="search-empty">
        ${drops ? `<p>筛选条件可能过窄：</p><ul class="drop-list">${drops}</ul>` : ''}
        <p>试试换一个说法，或缩短搜索词（两三个字的词也能搜索）。</p>
        ${suggestions ? `<p>相关术语：</p><ul class="chip-links">${suggestions}</ul>` : ''}
      </div>`;
      return;
    }
    // Each result not yet opened is one more, or several if it is a text (which lists its
    // articles): the count is exact once all are open, or when the filters rule texts out.
    const unopened = shown.found.length - shown.opened;
    const textsOut = state.sort === 'date' || (state.filters.type !== undefined && state.filters.type !== '条文' && state.filters.type !== '解读');
    const count = entries.length + unopened;
    status.textContent = `${unopened && !textsOut ? '至少' : ''}找到${count}条结果${scope ? `（${scope}）` : ''}${visible < count ? `，显示前${visible}条` : ''}`;
    const groups = groupResults(entries.slice(0, visible), state.sort === 'date');
    list.innerHTML =
      olderOffer(state) +
      groups
        .map(
          (g) => `<section class="result-group" aria-label="${escapeHtml(g.label)}（${g.items.length}）">
        <h2 class="result-group__title">${escapeHtml(g.label)}<span class="muted">（${g.items.length}）</span></h2>
        <ol class="results">${g.items
          .map(
            (r) =>
              `<li class="result"><a class="result__link" href="${escapeHtml(state.q ? withHighlight(r.url, state.q) : r.url)}"><span class="result__kind">${escapeHtml(r.meta.kind ?? '')}</span>${escapeHtml(
                (r.meta.title ?? r.url).replace(/^(案例|术语|专题) · /, ''),
              )}</a>${r.meta.region || r.meta.date || r.meta.version ? `<p class="result__meta">${escapeHtml([r.meta.version, r.meta.region, r.meta.date && `${formatDate(r.meta.date)}报道`].filter(Boolean).join(' · '))}</p>` : ''}${r.excerpt ? `<p class="result__excerpt">${excerptHtml(r.excerpt, state.q, split)}</p>` : ''}</li>`,
          )
          .join('')}</ol></section>`,
        )
        .join('')
        .concat(more ? `<p><button type="button" class="btn" data-more>显示更多结果</button></p>` : '');
  }

  async function more() {
    if (!shown) return;
    const id = run;
    const now = shown;
    // Open more records until there is a step's worth to show, or none is left.
    while (now.entries.length < now.visible + STEP && now.opened < now.found.length) {
      const next = now.found.slice(now.opened, now.opened + PAGE);
      const added = await expandHits(next, now.state, now.seen);
      if (id !== run) return;
      now.opened += next.length;
      now.entries.push(...added);
    }
    const focusIndex = links().length;
    now.visible = Math.min(now.visible + STEP, now.entries.length);
    render();
    links()[focusIndex]?.focus();
  }

  let timer = 0;
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    if (input.value.trim()) void load().then((pf) => pf.preload(input.value.trim()));
    timer = window.setTimeout(() => {
      const state = current();
      writeState(state, 'replace');
      void search(state);
    }, 250);
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    window.clearTimeout(timer);
    const state = current();
    writeState(state, 'push');
    void search(state);
  });
  form.addEventListener('change', (e) => {
    if (e.target === input) return;
    const state = current();
    writeState(state, 'push');
    void search(state);
  });
  list.addEventListener('click', (e) => {
    if ((e.target as HTMLElement).closest('[data-more]')) {
      void more();
      return;
    }
    if ((e.target as HTMLElement).closest('[data-all-versions]')) {
      const v = selects.find((x) => x.dataset.filter === 'version');
      if (v) v.value = VERSION_ALL;
      const state = current();
      writeState(state, 'push');
      void search(state);
      return;
    }
    const drop = (e.target as HTMLElement).closest<HTMLButtonElement>('[data-drop]');
    if (!drop) return;
    const s = selects.find((x) => x.dataset.filter === drop.dataset.drop);
    if (s) s.value = '';
    const state = current();
    writeState(state, 'push');
    void search(state);
    input.focus();
  });

  // Keyboard: ↓ into the results, ↑/↓ between them, Esc back to the box.
  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('a.result__link')].filter((a) => a.checkVisibility());
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' && links().length) {
      e.preventDefault();
      links()[0]!.focus();
    }
  });
  list.addEventListener('keydown', (e) => {
    const all = links();
    const i = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (i < 0) return;
    if (e.key === 'ArrowDown' && i < all.length - 1) {
      e.preventDefault();
      all[i + 1]!.focus();
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      (i > 0 ? all[i - 1]! : input).focus();
    } else if (e.key === 'Escape') {
      input.focus();
    }
  });

  window.addEventListener('popstate', () => {
    const state = parseState(location.search);
    show(state);
    void search(state);
  });

  const initial = parseState(location.search);
  show(initial);
  // On a phone the filters are folded (by CSS) unless the URL sets one.
  const toggle = root.querySelector<HTMLButtonElement>('[data-filters-toggle]')!;
  const fold = (open: boolean) => toggle.setAttribute('aria-expanded', String(open));
  fold(Object.keys(initial.filters).length > 0 || Boolean(initial.sort));
  toggle.addEventListener('click', () => fold(toggle.getAttribute('aria-expanded') !== 'true'));
  void search(initial);
  // The box has the cursor, so ↓ reaches the first result at once (a query in the URL too, when
  // there is a keyboard: on a touch screen focusing would open the on-screen keyboard over the results).
  if (!initial.q || matchMedia('(pointer: fine)').matches) input.focus({ preventScroll: true });
}
