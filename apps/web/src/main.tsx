import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/charts/styles.css';
import './styles.css';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { AuthProvider, createKennislijnClient } from '@kennislijn/web-auth';
import { kennislijnCssVariables, kennislijnTheme } from '@kennislijn/web-ui';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './App';
import { currentLanguage, i18n } from './i18n';
import { RealtimeProvider } from './realtime/RealtimeProvider';

const client = createKennislijnClient({ uri: '/graphql', getLanguage: currentLanguage });

// Server messages (validation, errors) come in the requested language: ask again after a switch.
i18n.on('languageChanged', () => {
  void client.apollo.refetchQueries({ include: 'active' });
});

const root = document.getElementById('root');
if (!root) throw new Error('Missing #root element');

createRoot(root).render(
  <StrictMode>
    <MantineProvider
      theme={kennislijnTheme}
      cssVariablesResolver={kennislijnCssVariables}
      defaultColorScheme="light"
    >
      <Notifications position="bottom-right" zIndex={1000} />
      <AuthProvider client={client}>
        <RealtimeProvider client={client}>
          <BrowserRouter>
            <App />
          </BrowserRouter>
        </RealtimeProvider>
      </AuthProvider>
    </MantineProvider>
  </StrictMode>,
);
