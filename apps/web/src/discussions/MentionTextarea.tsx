import { Avatar, Group, Paper, Text, Textarea, VisuallyHidden } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { skipToken, useQuery } from '@apollo/client/react';
import { MentionCandidatesDocument } from '@kennislijn/web-graphql';
import { useState, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { initials } from '../shell/initials';
import { insertMention, mentionQuery, type Mention } from './mentions';

interface MentionTextareaProps {
  id: string;
  label: ReactNode;
  description?: ReactNode;
  value: string;
  error?: ReactNode;
  communitySlug: string;
  viewerId: string | null;
  textareaRef: RefObject<HTMLTextAreaElement | null>;
  onChange: (value: string) => void;
  onMention: (mention: Mention) => void;
  /** Enter without Shift (on a keyboard, not on a touch screen). */
  onSubmit: () => void;
}

const coarsePointer = () => typeof window !== 'undefined' && window.matchMedia?.('(pointer: coarse)').matches;

/**
 * The message field. Typing "@" and a few letters opens a list of members of the community (an ARIA
 * combobox with a listbox): arrows move, Enter or Tab chooses, Escape closes.
 */
export function MentionTextarea(props: MentionTextareaProps) {
  const { t } = useTranslation();
  const { id, value, textareaRef } = props;
  const [typed, setTyped] = useState<{ start: number; query: string } | null>(null);
  const [active, setActive] = useState(0);
  const [query] = useDebouncedValue(typed?.query ?? null, 150);
  const { data } = useQuery(
    MentionCandidatesDocument,
    typed && query !== null ? { variables: { slug: props.communitySlug, search: query || null, first: 6 } } : skipToken,
  );
  const options: Mention[] = typed
    ? (data?.community?.members.edges ?? [])
        .map((edge) => edge.node.person)
        .filter((p) => p.id !== props.viewerId && !p.isFormerMember)
        .map((p) => ({ id: p.id, name: p.displayName }))
    : [];
  const open = typed !== null && options.length > 0;
  const listId = `${id}-leden`;
  const optionId = (index: number) => `${id}-lid-${index}`;
  const current = Math.min(active, Math.max(0, options.length - 1));

  const detect = (text: string, caret: number | null) => {
    const next = caret === null ? null : mentionQuery(text, caret);
    setTyped(next);
    if (next?.query !== typed?.query) setActive(0);
  };

  const choose = (mention: Mention) => {
    const el = textareaRef.current;
    if (!typed || !el) return;
    const result = insertMention(value, typed.start, el.selectionStart ?? value.length, mention.name);
    props.onChange(result.text);
    props.onMention(mention);
    setTyped(null);
    requestAnimationFrame(() => {
      el.focus();
      el.setSelectionRange(result.caret, result.caret);
    });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.nativeEvent.isComposing) return;
    if (open) {
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        const step = event.key === 'ArrowDown' ? 1 : -1;
        setActive((current + step + options.length) % options.length);
        return;
      }
      if (event.key === 'Enter' || event.key === 'Tab') {
        event.preventDefault();
        choose(options[current]);
        return;
      }
      if (event.key === 'Escape') {
        // Only the list closes, not a dialog around the field.
        event.preventDefault();
        event.stopPropagation();
        setTyped(null);
        return;
      }
    }
    if (event.key === 'Enter' && !event.shiftKey && !event.ctrlKey && !event.altKey && !coarsePointer()) {
      event.preventDefault();
      props.onSubmit();
    }
  };

  return (
    <div className="kl-mention-field">
      {open ? (
        <Paper className="kl-mention-list" shadow="md" withBorder radius="md">
          <ul id={listId} role="listbox" aria-label={t('discussion.mentions.listLabel')}>
            {options.map((option, index) => (
              <li
                key={option.id}
                id={optionId(index)}
                role="option"
                aria-selected={index === current}
                className="kl-mention-option"
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => choose(option)}
              >
                <Group gap="xs" wrap="nowrap">
                  <Avatar size={24} radius="xl" color="indigo" aria-hidden>
                    {initials(option.name)}
                  </Avatar>
                  <Text size="sm">{option.name}</Text>
                </Group>
              </li>
            ))}
          </ul>
        </Paper>
      ) : null}
      <VisuallyHidden role="status">{open ? t('discussion.mentions.found', { count: options.length }) : ''}</VisuallyHidden>
      <Textarea
        ref={textareaRef}
        id={id}
        label={props.label}
        description={props.description}
        error={props.error}
        value={value}
        autosize
        minRows={2}
        maxRows={8}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={open ? listId : undefined}
        aria-activedescendant={open ? optionId(current) : undefined}
        onChange={(event) => {
          props.onChange(event.currentTarget.value);
          detect(event.currentTarget.value, event.currentTarget.selectionStart);
        }}
        onKeyDown={onKeyDown}
        onKeyUp={(event) => {
          if (['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(event.key)) detect(event.currentTarget.value, event.currentTarget.selectionStart);
        }}
        onClick={(event) => detect(event.currentTarget.value, event.currentTarget.selectionStart)}
        onBlur={() => setTyped(null)}
      />
    </div>
  );
}
