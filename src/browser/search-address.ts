import { withBase } from '../lib/routes.ts';

/** The base path the site is served under ('/' or '/socialaftale/'), which Vite writes into the bundle. */
export const BASE = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

/** Pagefind's script: written by the build into /pagefind/, its address kept out of the bundler's sight. */
export const PAGEFIND_URL = withBase('/pagefind/pagefind.js', BASE);
