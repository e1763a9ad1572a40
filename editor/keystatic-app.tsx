'use client';
// Keystatic's editor UI, a client app. Only the editor's routes (app/keystatic, routed in development or
// when the editor is configured: see next.config.ts) import it, so readers' pages never load it.
import { makePage } from '@keystatic/next/ui/app';
import config from './keystatic.config';

const KeystaticPage = makePage(config);

export function KeystaticApp() {
  return <KeystaticPage />;
}
