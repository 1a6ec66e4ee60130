/**
 * Printing a regulation page: the 打印 button (hidden until this script runs, so it never shows
 * where it cannot work), the full address of the page in the print header, and the full address
 * after each link whose destination a paper reader needs (a list marked data-print-urls; print
 * CSS in global.css shows the built path when this script has not run).
 */

function fillAddresses() {
  const here = window.location.origin + window.location.pathname;
  for (const el of document.querySelectorAll<HTMLElement>('[data-page-address]')) el.textContent = here;
  for (const a of document.querySelectorAll<HTMLAnchorElement>('[data-print-urls] a[href]')) a.dataset.printHref = a.href;
}

fillAddresses();
window.addEventListener('beforeprint', fillAddresses);

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-print]')) {
  button.hidden = false;
  button.addEventListener('click', () => window.print());
}
