// Dutch full-text search across everything a person may read (documents kept by database triggers).
export * from './lib/search.module';
export * from './lib/search.service';
export * from './lib/query-rewrite';
export * from './lib/search.types';
