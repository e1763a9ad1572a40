// Field paths as data (['keyPoints', 0, 'text']) and as editors read them (`keyPoints[0].text`).
import type { FieldPath } from './field-specs';

/** `keyPoints[0].text` -> ['keyPoints', 0, 'text'] */
export function parseFieldName(field: string): FieldPath {
  return field
    .split(/[.[\]]+/)
    .filter(Boolean)
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** ['keyPoints', 0, 'text'] -> `keyPoints[0].text` */
export function fieldName(path: FieldPath): string {
  return path.reduce<string>(
    (name, segment) => (typeof segment === 'number' ? `${name}[${segment}]` : name ? `${name}.${segment}` : segment),
    '',
  );
}
