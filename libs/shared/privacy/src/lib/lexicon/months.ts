// Month names and abbreviations (Dutch and English) as a regex source, for written dates.

export const MONTH_SOURCE =
  '(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|' +
  'january|february|march|may|june|july|august|october|' +
  'jan|feb|febr|mrt|mar|apr|jun|jul|aug|sep|sept|okt|oct|nov|dec)\\.?';
