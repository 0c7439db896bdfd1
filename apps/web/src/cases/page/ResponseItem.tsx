import { Alert, Badge, Box, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useAuth } from '@kennislijn/web-auth';
import { MarkResponseHelpfulDocument, SetBestResponseDocument, type CaseResponseFieldsFragment } from '@kennislijn/web-graphql';
import { IconAward, IconArrowBackUp, IconEyeOff, IconThumbUp, IconThumbUpFilled } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifyError, notifySuccess } from '../../communities/common/notify';
import { PersonName } from '../../communities/common/PersonName';
import { TimeAgo } from '../../communities/common/TimeAgo';
import { apiErrorMessage } from '../../forms/useApiErrorMessage';
import type { CaseDetail } from './CasePage';
import { ResponseComposer } from './ResponseComposer';
import { ResponseMenu } from './ResponseMenu';

export type CaseResponseNode = CaseResponseFieldsFragment & { replies?: CaseResponseFieldsFragment[] };

interface ResponseItemProps {
  kase: CaseDetail;
  response: CaseResponseNode;
  /** Replies hang one level deep; a reply to a reply goes under the same top-level response. */
  topLevelId: string;
}

function HelpfulButton({ response }: { response: CaseResponseNode }) {
  const { t } = useTranslation();
  const [mark, { loading }] = useMutation(MarkResponseHelpfulDocument);
  const count = t('responses.helpfulCount', { count: response.helpfulCount });
  if (!response.viewerCan.markHelpful) {
    return response.helpfulCount > 0 ? (
      <Group gap={4} wrap="nowrap">
        <IconThumbUp size={16} aria-hidden />
        <Text size="sm" c="gray.7">{count}</Text>
      </Group>
    ) : null;
  }
  const pressed = response.viewerMarkedHelpful;
  const toggle = async () => {
    try {
      await mark({ variables: { id: response.id, helpful: !pressed } });
    } catch (error) {
      notifyError(apiErrorMessage(error, t));
    }
  };
  return (
    <Button
      size="compact-sm"
      variant={pressed ? 'light' : 'subtle'}
      color={pressed ? 'indigo' : 'gray'}
      c={pressed ? undefined : 'gray.8'}
      aria-pressed={pressed}
      loading={loading}
      leftSection={pressed ? <IconThumbUpFilled size={16} aria-hidden /> : <IconThumbUp size={16} aria-hidden />}
      onClick={() => void toggle()}
    >
      {t('responses.helpful')} · {response.helpfulCount}
    </Button>
  );
}

export function ResponseItem({ kase, response, topLevelId }: ResponseItemProps) {
  const { t } = useTranslation();
  const [replying, setReplying] = useState(false);
  const [setBest, { loading: settingBest }] = useMutation(SetBestResponseDocument);
  const isReply = Boolean(response.parentId);
  const { user } = useAuth();
  const canReply = response.viewerCan.reply && kase.viewerCan.respond;
  // The case author marks someone else's response; their own replies are not candidates.
  const canMarkBest = kase.viewerCan.markBest && response.author?.id !== user?.id;

  const markBest = async (best: boolean) => {
    try {
      await setBest({ variables: { caseId: kase.id, responseId: best ? response.id : null } });
      notifySuccess(best ? t('responses.bestMarked') : t('responses.bestCleared'));
    } catch (error) {
      notifyError(apiErrorMessage(error, t));
    }
  };

  return (
    <Paper
      component="li"
      withBorder
      radius="md"
      p="md"
      bg={response.hidden ? 'gray.0' : undefined}
      className={response.isBest ? 'kl-best-response' : undefined}
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={2}>
            <PersonName person={response.author} withRole />
            <Group gap="xs" wrap="wrap">
              <TimeAgo iso={response.createdAt} />
              {response.perspective ? (
                <Badge variant="light" color="gray" c="gray.9" tt="none" fw={500}>
                  {t('responses.perspectiveBadge', { perspective: t(`cases.perspective.${response.perspective}`) })}
                </Badge>
              ) : null}
              {response.isBest ? (
                <Badge variant="filled" color="indigo" tt="none" leftSection={<IconAward size={14} aria-hidden />}>
                  {t('responses.best')}
                </Badge>
              ) : null}
            </Group>
          </Stack>
          <ResponseMenu response={response} />
        </Group>
        {response.hidden ? (
          <Alert color="gray" variant="light" icon={<IconEyeOff aria-hidden />} p="xs">
            <Text size="sm" c="gray.9">
              {t('feed.hiddenBy', { reason: response.hiddenReason ?? t('feed.noReason') })}
            </Text>
          </Alert>
        ) : null}
        {/* Rendered from Markdown and sanitised by the server. */}
        <div className="kl-rich-text" dangerouslySetInnerHTML={{ __html: response.bodyHtml }} />
        <Group gap="xs" wrap="wrap">
          <HelpfulButton response={response} />
          {canReply ? (
            <Button size="compact-sm" variant="subtle" leftSection={<IconArrowBackUp size={16} aria-hidden />} onClick={() => setReplying((r) => !r)} aria-expanded={replying}>
              {t('responses.reply')}
            </Button>
          ) : null}
          {canMarkBest ? (
            <Button size="compact-sm" variant={response.isBest ? 'subtle' : 'light'} loading={settingBest} leftSection={<IconAward size={16} aria-hidden />} onClick={() => void markBest(!response.isBest)}>
              {response.isBest ? t('responses.clearBest') : t('responses.markBest')}
            </Button>
          ) : null}
        </Group>
        {replying ? (
          <Box pl={{ base: 0, sm: 'md' }}>
            <ResponseComposer caseId={kase.id} parentId={topLevelId} onDone={() => setReplying(false)} onCancel={() => setReplying(false)} />
          </Box>
        ) : null}
        {!isReply && response.replies && response.replies.length > 0 ? (
          <Stack component="ul" gap="sm" p={0} m={0} pl={{ base: 'xs', sm: 'lg' }} style={{ listStyle: 'none' }} aria-label={t('responses.repliesLabel')}>
            {response.replies.map((reply) => (
              <ResponseItem key={reply.id} kase={kase} response={reply} topLevelId={topLevelId} />
            ))}
          </Stack>
        ) : null}
      </Stack>
    </Paper>
  );
}
