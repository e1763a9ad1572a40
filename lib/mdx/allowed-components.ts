// The JSX components an editor may use in a question body, with the attributes each accepts.
// The safe-MDX check rejects every other element, so a body can only render what the site maps.

export const ALLOWED_COMPONENTS = {
  Callout: ['type', 'title'],
} as const satisfies Record<string, readonly string[]>;

export type AllowedComponent = keyof typeof ALLOWED_COMPONENTS;

export const CALLOUT_TYPES = ['note', 'tip', 'warning'] as const;
export type CalloutType = (typeof CALLOUT_TYPES)[number];

export function isAllowedComponent(name: string): name is AllowedComponent {
  return Object.hasOwn(ALLOWED_COMPONENTS, name);
}
