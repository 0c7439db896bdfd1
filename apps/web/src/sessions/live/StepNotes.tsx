import { Alert, Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client';
import { hasErrorCode, SaveSessionNoteDocument } from '@kennislijn/web-graphql';
import { IconGitCompare } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorMessage } from '../../forms/useApiErrorMessage';
import type { LiveNote } from './useSessionLive';

const SAVE_DELAY_MS = 800;

interface StepNotesProps {
  sessionId: string;
  stepKey: string;
  label: string;
  /** The newest version we know of (from the page, the room or an event). */
  note: LiveNote | undefined;
  onSaved: (body: string, rev: number) => void;
}

type SaveStatus = 'idle' | 'saving' | 'saved' | 'error';

/** The newer text in a refused save (CONFLICT carries extensions.note). */
function theirNote(error: unknown): { body: string; rev: number } | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  for (const e of error.errors) {
    const note = e.extensions?.['note'] as { body?: unknown; rev?: unknown } | undefined;
    if (note && typeof note.body === 'string' && typeof note.rev === 'number') return { body: note.body, rev: note.rev };
  }
  return null;
}

// The shared notes of one step, written together: saved by itself after a pause in typing, with the
// revision it started from. Someone else's newer text replaces mine only when I have nothing unsaved;
// otherwise both are shown and I choose.
export function StepNotes({ sessionId, stepKey, label, note, onSaved }: StepNotesProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(note?.body ?? '');
  const [baseRev, setBaseRev] = useState(note?.rev ?? 0);
  const [dirty, setDirty] = useState(false);
  const [conflict, setConflict] = useState<{ body: string; rev: number } | null>(null);
  const [status, setStatus] = useState<SaveStatus>('idle');
  const [error, setError] = useState<string | null>(null);
  const [save] = useMutation(SaveSessionNoteDocument);
  const inFlight = useRef(false);
  const latest = useRef({ text, baseRev, dirty, conflict });
  latest.current = { text, baseRev, dirty, conflict };

  // Someone's newer text arrives.
  const [seen, setSeen] = useState(note?.rev ?? 0);
  if (note && note.rev > seen) {
    setSeen(note.rev);
    if (note.rev > baseRev) {
      if (note.body === text) {
        setBaseRev(note.rev);
        setDirty(false);
      } else if (!dirty) {
        setText(note.body);
        setBaseRev(note.rev);
      } else if (!note.mine || !inFlight.current) {
        setConflict({ body: note.body, rev: note.rev });
      }
    }
  }

  const send = async () => {
    const { text: body, baseRev: base, dirty: isDirty, conflict: open } = latest.current;
    if (!isDirty || open || inFlight.current) return;
    inFlight.current = true;
    setStatus('saving');
    setError(null);
    try {
      const { data } = await save({ variables: { id: sessionId, stepKey, body, baseRev: base } });
      const saved = data?.saveSessionNote;
      if (saved) {
        setBaseRev((prev) => Math.max(prev, saved.rev));
        onSaved(saved.body, saved.rev);
        if (latest.current.text === saved.body) setDirty(false);
      }
      setStatus('saved');
    } catch (e) {
      const theirs = theirNote(e);
      if (hasErrorCode(e, 'CONFLICT') && theirs) {
        if (theirs.body === latest.current.text) {
          setBaseRev(theirs.rev);
          setDirty(false);
          setStatus('saved');
        } else {
          setConflict(theirs);
          setStatus('idle');
        }
      } else {
        setStatus('error');
        setError(apiErrorMessage(e, t));
      }
    } finally {
      inFlight.current = false;
    }
  };

  // Autosave after a pause; again when typing went on during a save.
  useEffect(() => {
    if (!dirty || conflict) return undefined;
    const timer = setTimeout(() => void send(), SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text, dirty, conflict, status]);

  const id = `notities-${stepKey}`;
  return (
    <Stack gap="xs">
      <Textarea
        id={id}
        label={label}
        description={t('sessions.live.notesHint')}
        autosize
        minRows={4}
        maxRows={14}
        value={text}
        onChange={(e) => {
          setText(e.currentTarget.value);
          setDirty(true);
          setStatus('idle');
        }}
      />
      <Text size="sm" c={status === 'error' ? 'red.9' : 'gray.7'} role="status" data-save-status={status === 'idle' ? (dirty ? 'dirty' : '') : status}>
        {status === 'saving' ? t('sessions.live.saving') : status === 'saved' && !dirty ? t('sessions.live.saved') : status === 'error' ? error ?? t('sessions.live.saveFailed') : ''}
      </Text>
      {status === 'error' ? (
        <Group>
          <Button size="xs" variant="default" onClick={() => void send()}>
            {t('common.retry')}
          </Button>
        </Group>
      ) : null}
      {conflict ? (
        <Alert variant="light" color="yellow" icon={<IconGitCompare aria-hidden />} title={t('sessions.live.conflictTitle')} className="kl-note-conflict">
          <Stack gap="xs">
            <Text size="sm">{t('sessions.live.conflictText')}</Text>
            <Paper withBorder p="xs" radius="sm" className="kl-conflict-theirs">
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {conflict.body || t('sessions.live.emptyNote')}
              </Text>
            </Paper>
            <Group gap="sm">
              <Button
                size="xs"
                onClick={() => {
                  setText(conflict.body);
                  setBaseRev(conflict.rev);
                  setDirty(false);
                  setConflict(null);
                  setStatus('idle');
                }}
              >
                {t('sessions.live.takeTheirs')}
              </Button>
              <Button
                size="xs"
                variant="default"
                onClick={() => {
                  // Mine goes on top of theirs: saved against their revision.
                  setBaseRev(conflict.rev);
                  setConflict(null);
                  setDirty(true);
                }}
              >
                {t('sessions.live.keepMine')}
              </Button>
            </Group>
          </Stack>
        </Alert>
      ) : null}
    </Stack>
  );
}
