/**
 * Case list filters: every select narrows the list at once, the choice is written to the URL
 * (?province=…&tag=…) so a filtered list can be shared and survives reload and back/forward.
 * Each option's count follows the other filters (src/lib/facet-counts.ts); an option that would
 * leave no case reads （0） and is disabled. A chosen tag that a study topic covers shows the
 * topic above the list. Without JS the form still submits; the full list is shown, with the
 * counts of the whole list.
 *
 * The list also gathers two or three cases for the compare view (/cases/compare/?ids=…).
 */
import { COMPARE_MAX } from '../lib/case-compare';
import { facetCounts, optionLabel, type FacetValues, type Selection } from '../lib/facet-counts';

const form = document.querySelector<HTMLFormElement>('[data-case-filters]');
if (form) {
  const cards = [...document.querySelectorAll<HTMLElement>('[data-case-list] .case-card')];
  const count = form.querySelector<HTMLElement>('[data-case-count]')!;
  const empty = document.querySelector<HTMLElement>('[data-case-empty]')!;
  const selects = [...form.querySelectorAll<HTMLSelectElement>('select')];
  const tagTopics = [...document.querySelectorAll<HTMLElement>('[data-tag-topics]')];
  form.querySelector<HTMLElement>('[data-no-js]')?.setAttribute('hidden', '');

  /** What each card is found under, per select (the select's name). */
  const split = (v: string | undefined) => (v ?? '').split(' ').filter(Boolean);
  const values: FacetValues[] = cards.map((card) => {
    const d = card.dataset;
    return { province: split(d.province), year: split(d.years), subject: split(d.subjects), tag: split(d.tags), nature: split(d.nature) };
  });
  const options = Object.fromEntries(selects.map((s) => [s.name, [...s.options].map((o) => o.value).filter(Boolean)]));

  const selection = (): Selection => Object.fromEntries(selects.filter((s) => s.value).map((s) => [s.name, s.value]));

  const apply = () => {
    const chosen = selection();
    const counts = facetCounts(values, chosen, options);
    let shown = 0;
    cards.forEach((card, i) => {
      const ok = Object.entries(chosen).every(([name, value]) => values[i]![name]!.includes(value));
      card.hidden = !ok;
      if (ok) shown++;
    });
    for (const s of selects) {
      for (const o of s.options) {
        if (!o.value) continue;
        const n = counts[s.name]!.get(o.value) ?? 0;
        o.textContent = optionLabel(o.dataset.label ?? o.value, n);
        // The chosen option stays choosable, even when the other filters leave it nothing.
        o.disabled = n === 0 && o.value !== s.value;
      }
    }
    for (const p of tagTopics) p.hidden = p.dataset.tagTopics !== chosen.tag;
    const active = Object.keys(chosen).length;
    count.textContent = active ? `筛选出${shown}个案例（共${cards.length}个）` : `共${cards.length}个案例`;
    empty.hidden = shown > 0;
  };

  const fromUrl = () => {
    const params = new URLSearchParams(location.search);
    for (const s of selects) {
      const v = params.get(s.name) ?? '';
      s.value = [...s.options].some((o) => o.value === v) ? v : '';
    }
    apply();
  };

  const toUrl = () => {
    const params = new URLSearchParams();
    for (const s of selects) if (s.value) params.set(s.name, s.value);
    const query = params.toString();
    history.pushState(null, '', query ? `?${query}` : location.pathname);
  };

  form.addEventListener('change', () => {
    apply();
    toUrl();
  });
  form.addEventListener('submit', (e) => e.preventDefault());
  form.addEventListener('reset', () => {
    window.setTimeout(() => {
      apply();
      toUrl();
    });
  });
  window.addEventListener('popstate', fromUrl);
  fromUrl();
}

const bar = document.querySelector<HTMLElement>('[data-compare-bar]');
if (bar) {
  const boxes = [...document.querySelectorAll<HTMLInputElement>('[data-compare-box]')];
  const status = bar.querySelector<HTMLElement>('[data-compare-status]')!;
  const live = document.querySelector<HTMLElement>('[data-compare-live]')!;
  const go = bar.querySelector<HTMLAnchorElement>('[data-compare-go]')!;
  for (const choice of document.querySelectorAll<HTMLElement>('[data-compare-choice]')) choice.hidden = false;
  // In the order the reader ticked them: the compare view shows them in that order.
  let chosen: string[] = boxes.filter((b) => b.checked).map((b) => b.value);

  const update = () => {
    for (const b of boxes) {
      b.checked = chosen.includes(b.value);
      b.disabled = !b.checked && chosen.length >= COMPARE_MAX;
    }
    bar.hidden = chosen.length === 0;
    const ready = chosen.length >= 2;
    go.hidden = !ready;
    if (ready) go.href = `${bar.dataset.href}?ids=${chosen.join(',')}`;
    else go.removeAttribute('href');
    const message = !chosen.length
      ? ''
      : ready
        ? `已选${chosen.length}个案例${chosen.length >= COMPARE_MAX ? `（最多${COMPARE_MAX}个）` : '，还可再选1个'}`
        : '已选1个案例，再选一两个即可比较';
    status.textContent = message;
    live.textContent = message;
  };

  for (const b of boxes)
    b.addEventListener('change', () => {
      chosen = b.checked ? [...chosen.filter((id) => id !== b.value), b.value] : chosen.filter((id) => id !== b.value);
      update();
    });
  bar.querySelector('[data-compare-clear]')!.addEventListener('click', () => {
    chosen = [];
    update();
    boxes.find((b) => !b.closest('[hidden]'))?.focus();
  });
  update();
}
