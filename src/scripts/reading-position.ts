/**
 * The table of contents of a full text (src/components/Toc.astro) as the reader moves through it:
 * open beside the text on wide screens, closed on a phone (closing again after a jump, or on Esc);
 * the entry the reader is in marked (aria-current) and, on the phone bar, named beside 目录. The
 * entry "in" is the last heading that has passed a line a quarter of the way down the screen (at
 * the end of the page, the last one in view), so a jump from the contents marks the heading it
 * lands on.
 */

const wide = window.matchMedia('(min-width: 64rem)');

function track(nav: HTMLElement) {
  const details = nav.querySelector<HTMLDetailsElement>('[data-toc]');
  const where = nav.querySelector<HTMLElement>('[data-toc-where]');
  const body = nav.querySelector<HTMLElement>('[data-toc-body]');
  if (!details || !where || !body) return;

  const sync = () => (details.open = wide.matches);
  sync();
  wide.addEventListener('change', sync);
  details.addEventListener('click', (event) => {
    if (!wide.matches && (event.target as Element).closest('a')) details.open = false;
  });
  details.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || wide.matches || !details.open) return;
    details.open = false;
    details.querySelector<HTMLElement>('summary')?.focus();
  });

  const entries = [...body.querySelectorAll<HTMLAnchorElement>('a[data-where]')]
    .map((link) => ({ link, heading: document.getElementById(decodeURIComponent(link.hash.slice(1))) }))
    .filter((e): e is { link: HTMLAnchorElement; heading: HTMLElement } => e.heading !== null);
  let current: HTMLAnchorElement | undefined;

  /** Scrolls the contents (not the page) so the marked entry is in view. */
  function reveal() {
    if (!current || !details!.open) return;
    const box = body!.getBoundingClientRect();
    const at = current.getBoundingClientRect();
    if (at.top < box.top) body!.scrollTop -= box.top - at.top + 8;
    else if (at.bottom > box.bottom) body!.scrollTop += at.bottom - box.bottom + 8;
  }

  function update() {
    const line = window.innerHeight / 4;
    const atEnd = window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2;
    let found: HTMLAnchorElement | undefined;
    for (const { link, heading } of entries) {
      const top = heading.getBoundingClientRect().top;
      if (top <= line || (atEnd && top < window.innerHeight)) found = link;
      else if (!atEnd) break;
    }
    if (found === current) return;
    current?.removeAttribute('aria-current');
    current = found;
    current?.setAttribute('aria-current', 'true');
    where!.textContent = current?.dataset.where ?? '';
    reveal();
  }

  let queued = false;
  const schedule = () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      update();
    });
  };
  window.addEventListener('scroll', schedule, { passive: true });
  window.addEventListener('resize', schedule);
  window.addEventListener('hashchange', schedule);
  details.addEventListener('toggle', reveal);
  update();
}

for (const nav of document.querySelectorAll<HTMLElement>('[data-toc-nav]')) track(nav);
