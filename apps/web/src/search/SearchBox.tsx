import { ActionIcon, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';

// The search box in the header: Enter opens the results page. On a phone only a button to that page.
export function SearchBox() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const onResults = location.pathname === '/zoeken';
  const current = onResults ? (new URLSearchParams(location.search).get('q') ?? '') : '';
  const [text, setText] = useState(current);
  useEffect(() => setText(current), [current]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const q = text.trim();
    navigate(q ? `/zoeken?${new URLSearchParams({ q })}` : '/zoeken');
  };
  return (
    <>
      <form role="search" aria-label={t('search.boxLabel')} onSubmit={submit} className="kl-searchbox">
        <TextInput
          type="search"
          size="sm"
          w={{ base: 200, md: 300 }}
          aria-label={t('search.boxLabel')}
          placeholder={t('search.placeholder')}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          leftSection={<IconSearch size={16} aria-hidden />}
          maxLength={200}
          visibleFrom="sm"
        />
      </form>
      <ActionIcon component={Link} to="/zoeken" variant="subtle" size="lg" hiddenFrom="sm" aria-label={t('search.open')}>
        <IconSearch size={20} aria-hidden />
      </ActionIcon>
    </>
  );
}
