import '@bacc/ui/styles.css';
import { ErrorBoundary } from '@bacc/ui';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { codeFromPath } from './path.ts';
import { VerifyApp } from './VerifyApp.tsx';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element');

createRoot(root).render(
  <StrictMode>
    <ErrorBoundary>
      <VerifyApp initialCode={codeFromPath(window.location.pathname)} />
    </ErrorBoundary>
  </StrictMode>,
);
