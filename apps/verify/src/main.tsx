import '@bacc/ui/styles.css';
import './verify.css';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { INITIAL_STATE_ID, parseState } from './initial-state.ts';
import { Root } from './Root.tsx';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element');

const initialState = parseState(document.getElementById(INITIAL_STATE_ID)?.textContent);
const page = (
  <Root
    pathname={window.location.pathname}
    search={window.location.search}
    initialState={initialState}
  />
);
// The server renders the page (with its answer) wherever it can; the page then takes it over.
if (initialState && root.firstElementChild) hydrateRoot(root, page);
else createRoot(root).render(page);
