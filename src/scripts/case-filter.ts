/**
 * Case list filters: every select narrows the list at once, the choice is written to the URL
 * (?province=…&tag=…) so a filtered list can be shared and survives reload and back/forward.
 * Without JS the form still submits; the full list is shown.
 */
const form = document.querySelector<HTMLFormElement>('[data-case-filters]');
if (form) {
  const cards = [...document.querySelectorAll<HTMLElement>('[data-case-list] .case-card')];
  const count = form.querySelector<HTMLElement>('[data-case-count]')!;
  const empty = document.querySelector<HTMLElement>('[data-case-empty]')!;
  const selects = [...form.querySelectorAll<HTMLSelectElement>('select')];
  form.querySelector<HTMLElement>('[data-no-js]')?.setAttribute('hidden', '');

  const matches = (card: HTMLElement, name: string, value: string) => {
    if (!value) return true;
    const d = card.dataset;
    switch (name) {
      case 'province':
        return d.province === value;
      case 'year':
        return (d.years ?? '').split(' ').includes(value);
      case 'subject':
        return (d.subjects ?? '').split(' ').includes(value);
      case 'tag':
        return (d.tags ?? '').split(' ').includes(value);
      case 'nature':
        return d.nature === value;
      default:
        return true;
    }
  };

  const apply = () => {
    let shown = 0;
    for (const card of cards) {
      const ok = selects.every((s) => matches(card, s.name, s.value));
      card.hidden = !ok;
      if (ok) shown++;
    }
    const active = selects.filter((s) => s.value).length;
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
