/**
 * Paths that carry a secret in the URL itself: invitation links, respondent links and personal
 * calendar feeds. The database keeps only hashes of these; the access log must not keep them in
 * clear either, so the secret part is replaced before a URL is logged.
 */
// Each has two groups: what comes before the secret and what is kept after it.
const SECRET_PATHS = [/^(\/uitnodiging\/)[^/?#]+()/, /^(\/invullen\/)[^/?#]+()/, /^(\/api\/agenda\/)[^/?#]+?(\.ics)?(?=$|[?#])/];

export function redactUrl(url: string | undefined): string | undefined {
  if (!url) return url;
  for (const pattern of SECRET_PATHS) {
    if (pattern.test(url)) return url.replace(pattern, (_match, prefix: string, suffix: string | undefined) => `${prefix}[verborgen]${suffix ?? ''}`);
  }
  return url;
}
