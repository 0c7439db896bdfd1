import { Button, Group, Menu } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { GoToSessionStepDocument, hasErrorCode } from '@kennislijn/web-graphql';
import { IconArrowLeft, IconArrowRight, IconListNumbers, IconSquareCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifyError } from '../../communities/common/notify';
import { apiErrorMessage } from '../../forms/useApiErrorMessage';
import { CloseDialog } from './CloseDialog';
import type { LiveState } from './useSessionLive';

interface LiveControlsProps {
  sessionId: string;
  state: LiveState;
  steps: { key: string; title: string }[];
  onState: (state: LiveState) => void;
  onStale: () => void;
}

// The facilitator's buttons: everyone's screen follows. A click on an old screen (another moderator moved
// on first) is refused by the API and the page shows the current step.
export function LiveControls({ sessionId, state, steps, onState, onStale }: LiveControlsProps) {
  const { t } = useTranslation();
  const [go, { loading }] = useMutation(GoToSessionStepDocument);
  const [closing, setClosing] = useState(false);
  const step = state.currentStep;

  const goTo = async (target: number) => {
    try {
      const { data } = await go({ variables: { id: sessionId, step: target, expectedStateSeq: state.stateSeq } });
      const s = data?.goToSessionStep;
      if (s) onState({ status: s.status, currentStep: s.currentStep, stepStartedAt: s.stepStartedAt ?? null, stateSeq: s.stateSeq });
    } catch (e) {
      notifyError(apiErrorMessage(e, t));
      if (hasErrorCode(e, 'CONFLICT')) onStale();
    }
  };

  return (
    <Group gap="sm" wrap="wrap" aria-label={t('sessions.live.controls')} role="group">
      <Button variant="default" leftSection={<IconArrowLeft size={18} aria-hidden />} disabled={step <= 0} loading={loading} onClick={() => void goTo(step - 1)}>
        {t('sessions.live.previous')}
      </Button>
      <Button rightSection={<IconArrowRight size={18} aria-hidden />} disabled={step >= steps.length - 1} loading={loading} onClick={() => void goTo(step + 1)}>
        {t('sessions.live.next')}
      </Button>
      <Menu position="bottom-start" withinPortal>
        <Menu.Target>
          <Button variant="default" leftSection={<IconListNumbers size={18} aria-hidden />}>
            {t('sessions.live.goTo')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {steps.map((s, i) => (
            <Menu.Item key={s.key} disabled={i === step} onClick={() => void goTo(i)}>
              {t('sessions.live.stepOption', { number: i + 1, title: s.title })}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
      <Button variant="light" color="red" leftSection={<IconSquareCheck size={18} aria-hidden />} onClick={() => setClosing(true)}>
        {t('sessions.live.close')}
      </Button>
      <CloseDialog sessionId={sessionId} opened={closing} onClose={() => setClosing(false)} />
    </Group>
  );
}
