export type Language = 'nl' | 'en';

/** Dutch unless the Accept-Language header prefers English over Dutch. */
export function languageFrom(acceptLanguage: string | string[] | undefined): Language {
  const header = Array.isArray(acceptLanguage) ? acceptLanguage.join(',') : acceptLanguage ?? '';
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag: tag.split('-')[0], q: q ? Number(q.slice(2)) || 0 : 1, index };
    })
    .filter((entry) => entry.tag === 'nl' || entry.tag === 'en')
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return ranked[0]?.tag === 'en' ? 'en' : 'nl';
}
