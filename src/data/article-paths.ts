/** Static paths of article pages, for the current and the historical versions alike. */
import type { Regulation } from './regulations';

export function articlePaths(regulations: Regulation[]) {
  return regulations.flatMap((regulation) =>
    regulation.structure.articles.map((article, i, all) => ({
      params: { reg: regulation.work, n: String(article.number), ...(regulation.current ? {} : { year: regulation.year! }) },
      props: { regulation, article, prev: all[i - 1], next: all[i + 1] },
    })),
  );
}
