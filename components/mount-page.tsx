// Both extension pages (side panel, options) start the same way: React in strict mode in a container the
// script adds to the page's body, so each page's HTML carries only what differs (title, manifest options).
import { type ReactNode, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

export function mountPage(page: ReactNode): void {
  const container = document.createElement('div');
  container.id = 'root';
  document.body.append(container);
  createRoot(container).render(<StrictMode>{page}</StrictMode>);
}
