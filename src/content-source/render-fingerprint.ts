// Rendered bodies are kept between builds (their HTML beside Astro's data store, ./rendered-html.ts)
// and reused while a file is unchanged. They must also be rendered again when the pipeline changes,
// so the digest includes this fingerprint of the code that renders (the Markdown modules and what
// they read), of the loader, which decides what a stored entry holds beside its HTML, and of the
// module that keeps the HTML.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const RENDER_CODE = ['./loader.ts', './rendered-html.ts', '../markdown/', '../ui/strings.ts', '../lib/glossary.ts', '../lib/external-links.ts', '../lib/routes.ts'];

function fingerprint(): string {
	const hash = createHash('sha256');
	for (const relative of RENDER_CODE) {
		const url = new URL(relative, import.meta.url);
		const paths = relative.endsWith('/') ? readdirSync(url).sort().map((name) => new URL(name, url)) : [url];
		for (const path of paths) hash.update(fileURLToPath(path)).update(readFileSync(path));
	}
	return hash.digest('hex').slice(0, 16);
}

/** Changes whenever the code that renders content changes. */
export const RENDER_FINGERPRINT = fingerprint();
