import { ActionIcon, Alert, Badge, Button, CopyButton, Group, NativeSelect, NumberInput, Stack, Table, Text, TextInput, Title, Tooltip } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { CreateRespondentLinkDocument, readApiError, RevokeRespondentLinkDocument, type RespondentLinkStatus } from '@kennislijn/web-graphql';
import { IconCheck, IconCircleCheck, IconClockX, IconCopy, IconLink, IconLinkOff } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../communities/common/ConfirmDialog';
import { notifySuccess } from '../../communities/common/notify';
import { useFormat } from '../../communities/common/useFormat';
import { FormAlert } from '../../forms/FormAlert';
import { apiErrorMessage } from '../../forms/useApiErrorMessage';
import type { TrackDetail } from './ResponseForm';
import { ScrollTable } from './ScrollTable';
import { OK_TEXT } from './track-chart';
import { nextSession } from './track-entry';

type Link = TrackDetail['links'][number];

const VALIDITY = [24, 72, 168, 336, 720];

const STATUS_ICON: Record<RespondentLinkStatus, typeof IconLink> = { OPEN: IconLink, USED: IconCircleCheck, EXPIRED: IconClockX };
const STATUS_COLOR: Record<RespondentLinkStatus, string> = { OPEN: 'blue', USED: 'teal', EXPIRED: 'gray' };
const STATUS_TEXT: Record<RespondentLinkStatus, string> = { OPEN: 'blue.9', USED: OK_TEXT, EXPIRED: 'gray.9' };

function ShownOnce({ url, onClose }: { url: string; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert variant="light" color="teal" title={t('monitoring.links.madeTitle')} styles={{ title: { color: OK_TEXT } }} icon={<IconCircleCheck aria-hidden />} data-new-link>
      <Stack gap="xs">
        <Text size="sm" fw={600}>
          {t('monitoring.links.onceNote')}
        </Text>
        <Group gap="xs" wrap="nowrap" align="flex-end">
          <TextInput
            id="nieuwe-link"
            label={t('monitoring.links.url')}
            value={url}
            readOnly
            onFocus={(event) => event.currentTarget.select()}
            classNames={{ input: 'kl-link-url' }}
            style={{ flex: 1 }}
          />
          <CopyButton value={url} timeout={3000}>
            {({ copied, copy }) => (
              <Tooltip label={copied ? t('monitoring.links.copied') : t('monitoring.links.copy')} withArrow>
                <ActionIcon size={36} variant={copied ? 'filled' : 'light'} color={copied ? 'teal' : 'blue'} onClick={copy} aria-label={copied ? t('monitoring.links.copied') : t('monitoring.links.copy')}>
                  {copied ? <IconCheck size={18} aria-hidden /> : <IconCopy size={18} aria-hidden />}
                </ActionIcon>
              </Tooltip>
            )}
          </CopyButton>
        </Group>
        <Text size="sm">{t('monitoring.links.shareHint')}</Text>
        <Group>
          <Button variant="default" size="xs" onClick={onClose}>
            {t('monitoring.links.done')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}

// Personal links: a respondent fills in one session's form without an account; the link expires and works once.
export function RespondentLinks({ track }: { track: TrackDetail }) {
  const { t } = useTranslation();
  const { dateTime } = useFormat();
  const first = track.respondents[0]?.id ?? '';
  const [respondentId, setRespondentId] = useState(first);
  const [sessionNumber, setSessionNumber] = useState<number | ''>(first ? nextSession(track, first) : 1);
  const [hours, setHours] = useState('72');
  const [sessionDate, setSessionDate] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [made, setMade] = useState<string | null>(null);
  const [revoking, setRevoking] = useState<Link | null>(null);
  const refetch = { refetchQueries: ['MonitoringTrack'], awaitRefetchQueries: true };
  const [create, { loading }] = useMutation(CreateRespondentLinkDocument, refetch);
  const [revoke] = useMutation(RevokeRespondentLinkDocument, refetch);
  const label = (id: string) => track.respondents.find((r) => r.id === id)?.label ?? '?';
  const taken = track.responses.some((r) => r.respondentId === respondentId && r.sessionNumber === sessionNumber);
  // That session came in meanwhile (through a link or in the app): suggest the respondent's next one.
  useEffect(() => {
    if (taken) setSessionNumber(nextSession(track, respondentId));
  }, [taken, track, respondentId]);

  const submit = async () => {
    setFormError(null);
    setMade(null);
    if (sessionNumber === '' || sessionNumber < 1) {
      setErrors({ sessionNumber: t('monitoring.entry.sessionRequired') });
      return;
    }
    setErrors({});
    try {
      const { data } = await create({ variables: { input: { trackId: track.id, respondentId, sessionNumber, sessionDate: sessionDate || null, validHours: Number(hours) } } });
      if (data) setMade(`${window.location.origin}${data.createRespondentLink.path}`);
    } catch (error) {
      const api = readApiError(error);
      const placed = Object.fromEntries(Object.entries(api.fieldErrors).filter(([f]) => ['respondentId', 'sessionNumber', 'sessionDate', 'validHours'].includes(f)));
      if (Object.keys(placed).length > 0) setErrors(placed);
      else setFormError(apiErrorMessage(error, t));
    }
  };

  return (
    <Stack gap="sm">
      <Title order={2} size="h3">
        {t('monitoring.links.title')}
      </Title>
      <Text size="sm" c="gray.7">
        {t('monitoring.links.intro')}
      </Text>
      <form
        noValidate
        aria-label={t('monitoring.links.formLabel')}
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack gap="sm">
          <FormAlert message={formError} />
          <Group gap="sm" align="flex-start" wrap="wrap">
            <NativeSelect
              id="link-respondent"
              label={t('monitoring.entry.respondent')}
              value={respondentId}
              onChange={(event) => {
                const id = event.currentTarget.value;
                setRespondentId(id);
                setSessionNumber(nextSession(track, id));
                setErrors({});
              }}
              data={track.respondents.map((r) => ({ value: r.id, label: r.label }))}
              error={errors['respondentId']}
              w={{ base: '100%', xs: 200 }}
            />
            <NumberInput
              id="link-sessie"
              label={t('monitoring.entry.session')}
              value={sessionNumber}
              onChange={(v) => {
                setSessionNumber(typeof v === 'number' ? v : '');
                setErrors({});
              }}
              min={1}
              max={1000}
              allowDecimal={false}
              allowNegative={false}
              error={errors['sessionNumber']}
              w={{ base: '100%', xs: 140 }}
            />
            <TextInput
              id="link-datum"
              type="date"
              label={t('monitoring.links.date')}
              value={sessionDate}
              onChange={(event) => setSessionDate(event.currentTarget.value)}
              error={errors['sessionDate']}
              w={{ base: '100%', xs: 220 }}
            />
            <NativeSelect
              id="link-geldig"
              label={t('monitoring.links.validity')}
              value={hours}
              onChange={(event) => setHours(event.currentTarget.value)}
              data={VALIDITY.map((h) => ({ value: String(h), label: h < 48 ? t('monitoring.links.hours', { count: h }) : t('monitoring.links.days', { count: h / 24 }) }))}
              error={errors['validHours']}
              w={{ base: '100%', xs: 180 }}
            />
          </Group>
          <Group>
            <Button type="submit" loading={loading} leftSection={<IconLink size={16} aria-hidden />}>
              {t('monitoring.links.make')}
            </Button>
          </Group>
        </Stack>
      </form>
      {made ? <ShownOnce url={made} onClose={() => setMade(null)} /> : null}
      {track.links.length === 0 ? (
        <Text size="sm" c="gray.7">
          {t('monitoring.links.empty')}
        </Text>
      ) : (
        <ScrollTable label={t('monitoring.links.caption')} minWidth={560}>
          <Table withTableBorder className="kl-link-table">
            <Table.Caption>{t('monitoring.links.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('monitoring.entry.respondent')}</Table.Th>
                <Table.Th scope="col">{t('monitoring.chart.session')}</Table.Th>
                <Table.Th scope="col">{t('monitoring.links.status')}</Table.Th>
                <Table.Th scope="col">{t('monitoring.links.when')}</Table.Th>
                <Table.Th scope="col">{t('monitoring.responses.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {track.links.map((l) => {
                const Icon = STATUS_ICON[l.status];
                return (
                  <Table.Tr key={l.id} data-link={`${label(l.respondentId)}:${l.sessionNumber}`} data-status={l.status}>
                    <Table.Td>{label(l.respondentId)}</Table.Td>
                    <Table.Td>{l.sessionNumber}</Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={STATUS_COLOR[l.status]} c={STATUS_TEXT[l.status]} tt="none" leftSection={<Icon size={12} aria-hidden />}>
                        {t(`monitoring.links.statusKind.${l.status}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      {l.status === 'USED' && l.usedAt
                        ? t('monitoring.links.usedAt', { date: dateTime(l.usedAt) })
                        : l.status === 'OPEN'
                          ? t('monitoring.links.expiresAt', { date: dateTime(l.expiresAt) })
                          : t('monitoring.links.expiredAt', { date: dateTime(l.expiresAt) })}
                    </Table.Td>
                    <Table.Td>
                      {l.status === 'OPEN' ? (
                        <Button
                          size="compact-sm"
                          variant="subtle"
                          color="red" c="red.9"
                          leftSection={<IconLinkOff size={14} aria-hidden />}
                          onClick={() => setRevoking(l)}
                          aria-label={t('monitoring.links.revokeLabel', { role: label(l.respondentId), n: l.sessionNumber })}
                        >
                          {t('monitoring.links.revoke')}
                        </Button>
                      ) : (
                        '–'
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
      <ConfirmDialog
        opened={revoking !== null}
        onClose={() => setRevoking(null)}
        title={t('monitoring.links.revokeTitle')}
        message={revoking ? t('monitoring.links.revokeText', { role: label(revoking.respondentId), n: revoking.sessionNumber }) : ''}
        confirmLabel={t('monitoring.links.revoke')}
        danger
        onConfirm={async () => {
          if (!revoking) return;
          await revoke({ variables: { id: revoking.id } });
          notifySuccess(t('monitoring.links.revoked'));
        }}
      />
    </Stack>
  );
}
