// SQL shared by the search migration and SearchService.rebuild (libs/api/search): the columns a search
// document is made of, and the one-pass vocabulary recount.

/** The columns of search_document that come from search_source. */
export const SEARCH_COLUMNS = 'type, subject_id, community_id, label, link, title, keywords, body, tags, qualifications, levels, collaboration_forms, created_at';

/**
 * The vocabulary recounted from the documents: per folded word, the number of documents that have it.
 * Folding the text before splitting it gives the same words as search_doc_words (what the triggers
 * count), and ts_stat counts in C (about three times faster at 100,000 documents).
 */
export const SEARCH_VOCABULARY_RECOUNT = `INSERT INTO search_term (word, lexeme, ndoc)
  SELECT word, search_lexeme(word), ndoc
  FROM ts_stat('SELECT to_tsvector(''simple''::regconfig, search_fold(title || '' '' || keywords || '' '' || body)) FROM search_document')
  WHERE word ~ '^[a-z]{3,40}$'`;

