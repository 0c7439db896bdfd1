import { Anchor, Button, Group, Text } from '@mantine/core';
import { IconBooks, IconCalendarEvent, IconCircleDashed, IconClipboardText, IconPencil, IconTools } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { splitLevelName, type MapCell, type MapRow, type MapTable } from './map-table';

interface LearningLineMapProps {
  table: MapTable;
  canEdit: boolean;
  onEditQualification: (code: string) => void;
}

function CellCounts({ cell }: { cell: MapCell }) {
  const { t } = useTranslation();
  return (
    <span className="kl-map-counts">
      <span className="kl-map-count">
        <IconBooks size={14} aria-hidden />
        {t('knowledge.map.knowledgeCount', { count: cell.knowledge })}
      </span>
      {cell.cases > 0 ? (
        <span className="kl-map-count">
          <IconClipboardText size={14} aria-hidden />
          {t('knowledge.map.caseCount', { count: cell.cases })}
        </span>
      ) : null}
      {cell.instruments > 0 ? (
        <span className="kl-map-count">
          <IconTools size={14} aria-hidden />
          {t('knowledge.map.instrumentCount', { count: cell.instruments })}
        </span>
      ) : null}
      {cell.sessions > 0 ? (
        <span className="kl-map-count">
          <IconCalendarEvent size={14} aria-hidden />
          {t('knowledge.map.sessionCount', { count: cell.sessions })}
        </span>
      ) : null}
    </span>
  );
}

function Cell({ row, cell }: { row: MapRow; cell: MapCell }) {
  const { t } = useTranslation();
  // Said before the counts, so a list of links still tells which cell each is.
  const where = <span className="kl-sr-only">{t('knowledge.map.cellPlace', { code: row.code, level: cell.level })} </span>;
  if (cell.gap) {
    return (
      <td className="kl-map-cell" data-gap="true" data-cell={`${row.code}-${cell.level}`}>
        <span className="kl-map-gap">
          {where}
          <IconCircleDashed size={16} aria-hidden />
          {t('knowledge.map.gap')}
        </span>
      </td>
    );
  }
  return (
    <td className="kl-map-cell" data-cell={`${row.code}-${cell.level}`}>
      {cell.knowledge > 0 ? (
        <Anchor component={Link} to={cell.href} className="kl-map-link" underline="hover" size="sm">
          {where}
          <CellCounts cell={cell} />
        </Anchor>
      ) : (
        <Text component="span" size="sm">
          {where}
          <CellCounts cell={cell} />
        </Text>
      )}
    </td>
  );
}

// The learning line as a map: qualifications (rows) by level (columns). The table scrolls sideways on a
// phone with the qualification column kept in view; gaps say "Lacune" with an icon, not only a colour.
export function LearningLineMap({ table, canEdit, onEditQualification }: LearningLineMapProps) {
  const { t } = useTranslation();
  return (
    <div className="kl-map-scroll" role="region" aria-label={t('knowledge.map.caption')} tabIndex={0}>
      <table className="kl-map">
        <caption className="kl-sr-only">{t('knowledge.map.caption')}</caption>
        <thead>
          <tr>
            <th scope="col" className="kl-map-corner">
              {t('knowledge.map.qualification')}
            </th>
            {table.levels.map((level) => {
              const [short, note] = splitLevelName(level.name);
              return (
                <th scope="col" key={level.number} className="kl-map-level">
                  <span className="kl-map-level-name">{short}</span>
                  {note ? <span className="kl-map-level-note">{note}</span> : null}
                </th>
              );
            })}
          </tr>
        </thead>
        {table.groups.map((group) => (
          <tbody key={group.degree}>
            <tr className="kl-map-group">
              <th scope="rowgroup" colSpan={table.levels.length + 1}>
                <span className="kl-map-group-label">{t(`degrees.${group.degree}`)}</span>
              </th>
            </tr>
            {group.rows.map((row) => (
              <tr key={row.code} data-qualification={row.code}>
                <th scope="row" className="kl-map-row">
                  <span className="kl-map-code">{row.code}</span>
                  <span className="kl-map-text">{row.text}</span>
                  {canEdit ? (
                    <Group gap={0} mt={4}>
                      <Button size="compact-xs" variant="subtle" leftSection={<IconPencil size={12} aria-hidden />} onClick={() => onEditQualification(row.code)}>
                        {t('knowledge.line.edit')}
                        <span className="kl-sr-only"> {row.code}</span>
                      </Button>
                    </Group>
                  ) : null}
                </th>
                {row.cells.map((cell) => (
                  <Cell key={cell.level} row={row} cell={cell} />
                ))}
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}
