import '@bacc/ui/styles.css';
import { ApiProvider, ErrorBoundary } from '@bacc/ui';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { router } from './router.tsx';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element');

createRoot(root).render(
  <StrictMode>
    <ErrorBoundary>
      <ApiProvider>
        <RouterProvider router={router} />
      </ApiProvider>
    </ErrorBoundary>
  </StrictMode>,
);
