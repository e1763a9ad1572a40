// Where the build writes the slim content index.
export const CONTENT_INDEX_PATH = '.content/index.json';
