/**
 * 新旧条文对照表 filter: the kinds ticked are the rows shown; the choice is written to the URL
 * (?kind=修改&kind=新增, all kinds when none is given) so it survives reload and can be shared.
 * Without JS every row is shown.
 */
const form = document.querySelector<HTMLFormElement>('[data-compare-filter]');
if (form) {
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[name="kind"]')];
  const rows = [...document.querySelectorAll<HTMLTableRowElement>('.compare-table tbody tr')];
  const status = form.querySelector<HTMLElement>('[data-compare-status]')!;
  const empty = document.querySelector<HTMLElement>('[data-compare-empty]')!;

  const apply = () => {
    const on = new Set(boxes.filter((b) => b.checked).map((b) => b.value));
    let shown = 0;
    for (const row of rows) {
      const show = on.has(row.dataset.kind ?? '');
      row.hidden = !show;
      if (show) shown++;
    }
    status.textContent = shown === rows.length ? `共${rows.length}行` : `显示${shown}行（共${rows.length}行）`;
    empty.hidden = shown > 0;
  };

  const fromUrl = () => {
    const kinds = new URLSearchParams(location.search).getAll('kind');
    for (const b of boxes) b.checked = kinds.length === 0 || kinds.includes(b.value);
    apply();
  };

  form.addEventListener('change', () => {
    const on = boxes.filter((b) => b.checked).map((b) => b.value);
    const params = new URLSearchParams();
    if (on.length === 0) params.append('kind', '');
    else if (on.length < boxes.length) for (const k of on) params.append('kind', k);
    const query = params.toString();
    history.replaceState(null, '', `${query ? `?${query}` : location.pathname}${location.hash}`);
    apply();
  });
  form.addEventListener('submit', (e) => e.preventDefault());
  window.addEventListener('popstate', fromUrl);
  fromUrl();
}

export {};
