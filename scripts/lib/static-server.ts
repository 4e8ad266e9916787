import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { parseHeadersFile } from '../../src/lib/security-policy.ts';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.wasm': 'application/wasm',
	'.xml': 'application/xml',
};

/**
 * Serves a built site on a free loopback port, the way a static host would: `/x/` serves
 * `x/index.html`, and a missing path gets 404.html with status 404. Every response carries the
 * headers the site's `_headers` file gives for its path, as Netlify or Cloudflare Pages would send.
 * With `base` ('/socialaftale/') the site is served under that path, as GitHub Pages serves a
 * project site, and nothing outside it exists.
 */
export async function serveSite(siteDir: string, { base = '/' }: { base?: string } = {}): Promise<{ url: string; close(): Promise<void> }> {
	const headersFile = join(siteDir, '_headers');
	const rules = existsSync(headersFile) ? Object.entries(parseHeadersFile(readFileSync(headersFile, 'utf8'))) : [];
	// As Cloudflare Pages applies `_headers`: every '/prefix*' rule that matches, in the file's order,
	// a later one replacing a header an earlier one set (the CMS at /admin/ has a policy of its own).
	const headersFor = (path: string) =>
		Object.assign({}, ...rules.filter(([pattern]) => pattern.endsWith('*') && path.startsWith(pattern.slice(0, -1))).map(([, headers]) => headers)) as Record<string, string>;
	const server: Server = createServer((request, response) => {
		const requested = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
		const path = requested.startsWith(base) ? `/${requested.slice(base.length)}` : undefined;
		let file = path === undefined ? join(siteDir, '404.html', 'missing') : normalize(join(siteDir, path));
		if (!file.startsWith(siteDir)) file = join(siteDir, '404.html');
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		let status = 200;
		if (!existsSync(file)) {
			status = 404;
			file = join(siteDir, '404.html');
		}
		response.writeHead(status, { ...headersFor(requested), 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
		createReadStream(file).pipe(response);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}
