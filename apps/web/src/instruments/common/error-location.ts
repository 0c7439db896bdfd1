import type { InstrumentDefinition } from '@kennislijn/shared-instruments';
import type { TFunction } from 'i18next';

/** Where an error of the whole definition is, in words: "Vraag 3", "Subschaal Band", "Titel". */
export function errorLocation(field: string, def: InstrumentDefinition, t: TFunction): string {
  const [head, id] = field.split('.');
  if (head === 'items' && id) {
    const index = def.items.findIndex((i) => i.id === id);
    return t('instruments.editor.item', { n: index >= 0 ? index + 1 : id });
  }
  if (head === 'items') return t('instruments.editor.items');
  if (head === 'subscales') {
    const s = def.subscales.find((x) => x.id === id);
    return s?.name ? `${t('instruments.scoring.subscales')}: ${s.name}` : t('instruments.scoring.subscales');
  }
  if (head === 'scoring') {
    const [, list, entry] = field.split('.');
    if (list === 'thresholds') {
      const index = def.scoring.thresholds.findIndex((x) => x.id === entry);
      return t('instruments.scoring.threshold', { n: index >= 0 ? index + 1 : entry });
    }
    if (list === 'referenceLines') {
      const index = def.scoring.referenceLines.findIndex((x) => x.id === entry);
      return t('instruments.scoring.referenceLine', { n: index >= 0 ? index + 1 : entry });
    }
    return t('instruments.scoring.heading');
  }
  if (head === 'title') return t('instruments.editor.title');
  if (head === 'purpose') return t('instruments.editor.purpose');
  if (head === 'respondents') return t('instruments.editor.respondents');
  return field;
}
