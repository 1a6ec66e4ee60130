/**
 * The workspace's clause search (an own problem tied to a clause). Searches the citations and the whole text of every article of the
 * current regulations, fetched once from the site's own /data/regulations/<id>.json.
 */
interface Clause {
  citation: string;
  preview: string;
}

/** An element with properties (data-* and aria-* as attributes) and children. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> & Record<string, unknown> = {},
  ...children: (Node | string)[]
) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k.includes('-'))
      e.setAttribute(k, String(v)); // data-*, aria-*
    else (e as unknown as Record<string, unknown>)[k] = v;
  }
  e.append(...children);
  return e;
}

export function startClauseSearch(form: HTMLFormElement, regulations: string[], clauses: Record<string, Clause>) {
  const search = form.querySelector<HTMLInputElement>('[data-ws-add-search]')!;
  const results = form.querySelector<HTMLElement>('[data-ws-add-results]')!;
  const chosenText = form.querySelector<HTMLElement>('[data-ws-add-chosen]')!;
  let chosen: string | null = null;
  const choose = (id: string | null) => {
    chosen = id;
    chosenText.textContent = id ? `已选：${clauses[id]!.citation}` : '未选条款';
    results.replaceChildren();
  };
  /** [article clause id, its whole text], fetched once. */
  let texts: Promise<[string, string][]> | undefined;
  const loadTexts = async () => {
    const out: [string, string][] = [];
    const all = await Promise.all(
      regulations.map((u) => fetch(u).then((r) => r.json() as Promise<{ units: { kind: string; id: string | null; text: string }[] }>)),
    );
    for (const res of all) for (const u of res.units) if ((u.kind === 'article' || u.kind === 'part') && u.id && clauses[u.id]) out.push([u.id, u.text]);
    return out;
  };
  const run = async () => {
    const words = search.value.trim().split(/\s+/).filter(Boolean);
    if (!words.length) return results.replaceChildren();
    texts ??= loadTexts().catch(() => {
      texts = undefined;
      return [];
    });
    const all = await texts;
    if (search.value.trim().split(/\s+/).join(' ') !== words.join(' ')) return; // a newer search runs
    const hits = all.filter(([id, text]) => words.every((w) => clauses[id]!.citation.includes(w) || text.includes(w))).map(([id]) => id);
    results.replaceChildren(
      ...hits.slice(0, 8).map((id) => {
        const c = clauses[id]!;
        const b = el('button', { type: 'button', className: 'ws-add__hit' }, el('strong', {}, c.citation), el('span', {}, c.preview));
        b.addEventListener('click', () => {
          choose(id);
          search.value = '';
          search.focus();
        });
        return el('li', {}, b);
      }),
      ...(hits.length > 8 ? [el('li', { className: 'muted' }, `另有${hits.length - 8}条，请再输入几个字缩小范围`)] : []),
      ...(hits.length ? [] : [el('li', { className: 'muted' }, '没有找到条款')]),
    );
  };
  search.addEventListener('input', () => void run());
  return { chosen: () => chosen, choose };
}
