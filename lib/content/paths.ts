// Where the build writes the slim content index and the serialised search index built from it.
export const CONTENT_INDEX_PATH = '.content/index.json';
export const SEARCH_INDEX_PATH = '.content/search-index.json';
