/**
 * What to call a document on the page: its title, else (plain text has none) the file's name, not the
 * whole path of the machine that ingested it; a URL is kept whole, since its path is what identifies it.
 * @example documentName(null, '/home/ana/saved/2022/taliban.txt') // 'taliban.txt'
 */
export function documentName(title: string | null | undefined, source: string): string {
  if (title && title.trim()) return title;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(source)) return source;
  const name = source.split(/[\\/]/).filter(Boolean).pop();
  return name ?? source;
}
