// The one module of content schemas: the site (content.config.ts), the scripts and the tests import it.
import { z } from 'astro/zod';

// Zod's own messages (the ones our schemas do not word themselves) in Danish, for the editors.
z.config(z.locales.da());

export * from './common.ts';
export * from './dates.ts';
export * from './glossary.ts';
export * from './document-kinds.ts';
export * from './document.ts';
export * from './focus-area-history.ts';
export * from './milestones.ts';
export * from './notes.ts';
export * from './period.ts';
export * from './theme.ts';
export * from './open-data.ts';
export * from './redirects.ts';
export * from './synonyms.ts';
