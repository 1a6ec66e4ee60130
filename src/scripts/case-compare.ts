/**
 * The compare view: reads ?ids= (src/lib/case-compare.ts), fetches each case's page (same
 * site, already built) and sets its 背景, 做法 and 成效 side by side with the facts and clauses
 * the page embeds. Headings become the view's own (h2 per case, h3 per part), ids of the fetched
 * content are dropped so the page keeps its ids unique, links keep working as they are (they
 * carry the base path). The picker below changes the cases through the URL, so the view can
 * be shared and Back works.
 */
import { COMPARE_MAX, COMPARE_MIN, COMPARE_SECTIONS, readCompareIds } from '../lib/case-compare';

interface CaseData {
  id: string;
  title: string;
  href: string;
  region: string;
  reported: string;
  nature: string;
  clauses: { id: string; title: string; href: string }[];
}

const root = document.querySelector<HTMLElement>('[data-compare-page]');
if (root) {
  const cases: CaseData[] = JSON.parse(document.getElementById('case-compare-data')?.textContent ?? '[]');
  const byId = new Map(cases.map((c) => [c.id, c]));
  const message = root.querySelector<HTMLElement>('[data-compare-message]')!;
  const wrap = root.querySelector<HTMLElement>('[data-compare-wrap]')!;
  const grid = root.querySelector<HTMLElement>('[data-compare-grid]')!;
  const swipe = root.querySelector<HTMLElement>('[data-compare-swipe]')!;
  const pick = root.querySelector<HTMLDetailsElement>('[data-compare-pick]')!;
  const form = root.querySelector<HTMLFormElement>('[data-compare-form]')!;
  const pickStatus = root.querySelector<HTMLElement>('[data-compare-pick-status]')!;
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[name="ids"]')];
  root.querySelector<HTMLElement>('[data-compare-needs]')!.hidden = true;
  pick.hidden = false;

  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]) => {
    const node = Object.assign(document.createElement(tag), props);
    node.append(...children);
    return node;
  };

  /** A case page's body sections by heading, as nodes of this document, without ids. */
  const pages = new Map<string, Promise<Map<string, Node[]>>>();
  const sectionsOf = (c: CaseData) => {
    let p = pages.get(c.id);
    if (!p) {
      p = fetch(c.href)
        .then((r) => {
          if (!r.ok) throw new Error(`${r.status}`);
          return r.text();
        })
        .then((html) => {
          // Only the page's <main>: its <head> has styles, which the page's policy would refuse to parse.
          const main = html.slice(Math.max(0, html.indexOf('<main')), html.lastIndexOf('</main>') + '</main>'.length);
          const doc = new DOMParser().parseFromString(main, 'text/html');
          const out = new Map<string, Node[]>();
          let current: Node[] | undefined;
          for (const child of doc.querySelector('[data-case-body]')?.children ?? []) {
            if (child.tagName === 'H2') {
              current = [];
              out.set(child.textContent.trim(), current);
              continue;
            }
            // The 可借鉴之处 (our commentary, a section with its own h2) is not compared.
            if (child.querySelector(':scope > h2')) {
              current = undefined;
              continue;
            }
            if (!current) continue;
            const node = document.importNode(child, true);
            node.removeAttribute('id');
            for (const d of node.querySelectorAll('[id]')) d.removeAttribute('id');
            current.push(node);
          }
          return out;
        });
      p.catch(() => pages.delete(c.id));
      pages.set(c.id, p);
    }
    return p;
  };

  const compareUrl = (ids: string[]) => `${location.pathname}${ids.length ? `?ids=${ids.join(',')}` : ''}`;

  function column(c: CaseData, sections: Map<string, Node[]>, ids: string[], index: number): HTMLElement {
    const headingId = `compare-case-${index + 1}`;
    const others = ids.filter((id) => id !== c.id);
    const head = el(
      'header',
      { className: 'compare-case__head' },
      el('h2', { id: headingId }, el('a', { href: c.href }, c.title)),
      el('p', { className: 'compare-case__meta' }, el('span', {}, c.region), el('span', {}, c.reported), el('span', {}, c.nature)),
      el('a', { className: 'compare-case__drop no-print', href: compareUrl(others) }, '移出比较', el('span', { className: 'visually-hidden' }, `：${c.title}`)),
    );
    const parts = COMPARE_SECTIONS.map((name) => {
      const nodes = sections.get(name);
      return el(
        'section',
        { className: `compare-part${nodes?.length ? '' : ' compare-part--none'}` },
        el('h3', {}, name),
        ...(nodes?.length ? nodes.map((n) => n.cloneNode(true)) : [el('p', {}, `本案例未列“${name}”一节。`)]),
      );
    });
    const clauses = el(
      'section',
      { className: 'compare-part' },
      el('h3', {}, '落实的条款'),
      el(
        'ul',
        { className: 'compare-clauses' },
        ...c.clauses.map((k) => {
          const a = el('a', { className: 'cref', href: k.href }, k.title);
          a.dataset.clause = k.id;
          return el('li', {}, a);
        }),
      ),
    );
    const article = el('article', { className: 'compare-case' }, head, ...parts, clauses);
    article.setAttribute('aria-labelledby', headingId);
    return article;
  }

  let run = 0;
  async function show() {
    const id = ++run;
    const { ids, unknown, dropped } = readCompareIds(location.search, new Set(byId.keys()));
    for (const b of boxes) b.checked = ids.includes(b.value);
    syncPick();
    const notes = [
      unknown.length ? `链接里有${unknown.length}个案例本站没有，已略去。` : '',
      dropped.length ? `一次最多比较${COMPARE_MAX}个案例，只显示前${COMPARE_MAX}个。` : '',
    ].join('');
    if (ids.length < COMPARE_MIN) {
      grid.replaceChildren();
      wrap.hidden = true;
      pick.open = true;
      message.classList.add('compare-message--notice');
      message.textContent = `${notes}${ids.length ? '已选1个案例，' : ''}请选${ids.length ? '一两个' : '两三个'}案例来比较：在下面勾选，或到实践案例列表中勾选。`;
      return;
    }
    message.classList.remove('compare-message--notice');
    message.textContent = '正在读取案例……';
    let sections: Map<string, Node[]>[];
    try {
      sections = await Promise.all(ids.map((x) => sectionsOf(byId.get(x)!)));
    } catch {
      if (id !== run) return;
      message.classList.add('compare-message--notice');
      message.textContent = '案例内容读取失败，请检查网络后刷新本页，或逐个打开案例阅读。';
      return;
    }
    if (id !== run) return;
    grid.dataset.count = String(ids.length);
    grid.replaceChildren(...ids.map((x, i) => column(byId.get(x)!, sections[i]!, ids, i)));
    wrap.hidden = false;
    message.classList.toggle('compare-message--notice', Boolean(notes));
    message.textContent = `${notes}并排比较${ids.length}个案例：${ids.map((x) => byId.get(x)!.title).join('、')}。`;
    swipe.textContent = `左右滑动查看其他案例（共${ids.length}个）。`;
  }

  /** The picker: at most three ticked; submitting changes the URL (and the view) in place. */
  function syncPick() {
    const n = boxes.filter((b) => b.checked).length;
    for (const b of boxes) b.disabled = !b.checked && n >= COMPARE_MAX;
    pickStatus.textContent = n < COMPARE_MIN ? `已选${n}个，至少选${COMPARE_MIN}个` : `已选${n}个`;
  }
  form.addEventListener('change', syncPick);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const ids = boxes.filter((b) => b.checked).map((b) => b.value);
    history.pushState(null, '', compareUrl(ids));
    void show();
    if (ids.length >= COMPARE_MIN) pick.open = false;
  });
  grid.addEventListener('click', (e) => {
    const drop = (e.target as Element).closest<HTMLAnchorElement>('a.compare-case__drop');
    if (!drop) return;
    e.preventDefault();
    history.pushState(null, '', drop.href);
    void show();
  });
  window.addEventListener('popstate', () => void show());
  void show();
}
