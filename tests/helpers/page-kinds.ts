// One page of each kind the site serves, for the checks that must hold on every kind of page
// (accessibility, valid HTML). Extend this list when a new kind of page ships.
export const ONE_PAGE_OF_EACH_KIND = [
  { name: 'home', path: '/' },
  { name: 'question', path: '/questions/why-do-my-muscles-twitch-after-a-workout' },
  { name: 'categories index', path: '/categories' },
  { name: 'category', path: '/categories/fitness-and-exercise' },
  { name: 'topics index', path: '/tags' },
  { name: 'tag', path: '/tags/hydration' },
  { name: 'A to Z', path: '/a-z' },
  { name: 'search form', path: '/search' },
  { name: 'search results', path: '/search?q=sleep' },
  { name: '404', path: '/questions/no-such-question' },
  { name: 'privacy notice', path: '/privacy' },
  { name: 'accessibility statement', path: '/accessibility' },
  { name: 'feedback sent', path: '/feedback?result=report&page=why-do-my-muscles-twitch-after-a-workout' },
  { name: 'feedback not sent', path: '/feedback?result=unavailable' },
] as const;
