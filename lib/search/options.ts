/**
 * MiniSearch settings shared by the build (which indexes) and the browser (which loads the index):
 * MiniSearch.loadJSON must be given the same fields and options the index was built with.
 */
import type { Options, SearchOptions } from 'minisearch';
import type { SearchDoc } from './types';

export const SEARCH_INDEX_URL = '/search-index.json';

export const INDEX_OPTIONS: Options<SearchDoc> = {
  fields: ['title', 'lesson', 'text'],
  storeFields: ['kind', 'lesson', 'title', 'href', 'text'],
};

export const QUERY_OPTIONS: SearchOptions = {
  boost: { title: 3, lesson: 1.5 },
  prefix: true,
  fuzzy: (term) => (term.length > 4 ? 0.2 : false),
  combineWith: 'AND',
};
