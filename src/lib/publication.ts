/**
 * How a publication is named in running text and source lists (GB/T 15834): newspapers and
 * journals take 书名号 (《人民日报》, 《南通纪检监察学会通讯》); a website is an organisation's
 * site, not a publication title, and stays bare (中央纪委国家监委网站).
 */
export function publicationLabel(name: string): string {
  if (/^《.*》$/.test(name) || /(网站|网)$/.test(name)) return name;
  return `《${name}》`;
}
