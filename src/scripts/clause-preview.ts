/**
 * Clause previews: hovering, focusing or tapping a citation link (a.cref) shows the cited clause
 * in a tooltip; a glossary term link (a.term) shows the term's definition the same way. Esc or a tap elsewhere closes it. On touch, the first tap previews and a second
 * tap on the same link (or the "查看条文" link inside) follows it, so a reader is never trapped.
 */
type Preview = { title: string; text: string };

const data: Record<string, Preview> = JSON.parse(document.getElementById('clause-previews')?.textContent ?? '{}');
const tip = document.createElement('div');
tip.id = 'clause-preview';
tip.className = 'clause-preview';
tip.setAttribute('role', 'tooltip');
tip.hidden = true;
// Inside <main>, so the preview belongs to the page's content landmark.
(document.querySelector('main') ?? document.body).append(tip);

let current: HTMLAnchorElement | null = null;
let hideTimer = 0;

/** Clause links carry data-clause; glossary term links carry data-term (keyed `term:<id>`). */
const keyOf = (link: HTMLAnchorElement) => link.dataset.clause ?? `term:${link.dataset.term ?? ''}`;

function show(link: HTMLAnchorElement) {
  const preview = data[keyOf(link)];
  if (!preview) return;
  window.clearTimeout(hideTimer);
  current?.removeAttribute('aria-describedby');
  current = link;
  tip.replaceChildren();
  const title = document.createElement('p');
  title.className = 'clause-preview__title';
  title.textContent = preview.title;
  const body = document.createElement('p');
  body.className = 'clause-preview__text';
  body.textContent = preview.text.length > 400 ? `${preview.text.slice(0, 400)}……` : preview.text;
  const more = document.createElement('a');
  more.href = link.href;
  more.className = 'clause-preview__more';
  more.textContent = link.dataset.term ? '查看术语 →' : '查看条文 →';
  tip.append(title, body, more);
  tip.hidden = false;
  link.setAttribute('aria-describedby', tip.id);
  const box = link.getBoundingClientRect();
  const width = Math.min(380, window.innerWidth - 24);
  tip.style.width = `${width}px`;
  const left = Math.max(12, Math.min(box.left + window.scrollX, window.scrollX + window.innerWidth - width - 12));
  tip.style.left = `${left}px`;
  const below = box.bottom + window.scrollY + 8;
  tip.style.top = `${below}px`;
  const tipHeight = tip.offsetHeight;
  if (box.bottom + tipHeight + 16 > window.innerHeight && box.top > tipHeight + 16) tip.style.top = `${box.top + window.scrollY - tipHeight - 8}px`;
}

function hide() {
  tip.hidden = true;
  current?.removeAttribute('aria-describedby');
  current = null;
}

const linkOf = (target: EventTarget | null) => (target as Element | null)?.closest?.<HTMLAnchorElement>('a.cref, a.term') ?? null;

document.addEventListener('mouseover', (e) => {
  const link = linkOf(e.target);
  if (link) show(link);
  else if (!tip.contains(e.target as Node) && current) hideTimer = window.setTimeout(hide, 250);
});
document.addEventListener('focusin', (e) => {
  const link = linkOf(e.target);
  if (link) show(link);
  else if (!tip.contains(e.target as Node)) hide();
});
document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape' && !tip.hidden) {
    hide();
  }
});
// A touch that lands on a link whose preview is not yet open only opens the preview. Decided on
// pointerdown, before the focus that the same tap causes opens it.
let touchPreview: HTMLAnchorElement | null = null;
document.addEventListener(
  'pointerdown',
  (e) => {
    const link = linkOf(e.target);
    touchPreview = link && e.pointerType !== 'mouse' && (current !== link || tip.hidden) ? link : null;
  },
  true,
);
document.addEventListener(
  'click',
  (e) => {
    const link = linkOf(e.target);
    if (link && touchPreview === link) {
      touchPreview = null;
      e.preventDefault();
      show(link);
    } else if (!link && !tip.contains(e.target as Node)) {
      hide();
    }
  },
  true,
);
