// One figure, one place: a page that writes a registered figure (data/figures.ts) by hand with
// another value is refused, with the placeholder to write instead. Only the phrasings listed in
// HAND_WRITTEN_FIGURES are recognised; a figure they do not match is not checked.
import { FIGURES, HAND_WRITTEN_FIGURES, figureValues, normaliseFigureValue } from '../../data/figures';
import { sentences } from '../content/text-matching';
import type { Report } from './problems';
import type { PageText } from './triage-rules';

export function checkHandWrittenFigures(texts: readonly PageText[], report: Report): void {
  for (const { field, text, at } of texts) {
    for (const sentence of sentences(text)) {
      for (const figure of HAND_WRITTEN_FIGURES) {
        if (!figure.sentence.test(sentence.text) || figure.unless?.test(sentence.text)) continue;
        const allowed = new Set(figure.figures.flatMap(figureValues));
        for (const match of sentence.text.matchAll(figure.value)) {
          const value = normaliseFigureValue(match[1]);
          if (allowed.has(value)) continue;
          const registered = figure.figures.map((id) => `[[figure:${id}]] ("${FIGURES[id].text}")`).join(' or ');
          report(
            'figure',
            at(sentence.start + (match.index ?? 0)),
            field,
            `writes ${figure.kind} as "${match[0].trim()}", which is not the registered figure: write ${registered} (data/figures.ts), or correct the figure there with its source`,
          );
        }
      }
    }
  }
}
