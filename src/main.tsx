import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
// The page's styles, in cascade order (a later file wins a tie).
import './styles/base.css';
import './styles/layout.css';
import './styles/filters.css';
import './styles/headline.css';
import './styles/map.css';
import './styles/panel.css';
import './styles/responsive.css';
import './styles/programme-rows.css';

const client = new QueryClient();
const root = document.getElementById('root');
if (root) {
  // As a transition, the first render yields to the browser every few milliseconds instead of
  // holding the main thread while a phone is still busy loading.
  startTransition(() => {
    createRoot(root).render(
      <StrictMode>
        <QueryClientProvider client={client}>
          <App />
        </QueryClientProvider>
      </StrictMode>,
    );
  });
}
