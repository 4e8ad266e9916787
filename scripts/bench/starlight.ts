// Starlight beside us in the benchmark: a small Starlight project, written by the bench into a
// temporary folder and installed from the npm registry at a pinned version, given the same Markdown
// bodies as our build. Nothing of Starlight is committed; only the few files below are generated.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { listContentFiles } from '../../src/content-source/content-files.ts';
import { splitFrontmatter } from '../../src/content-source/frontmatter.ts';
import { parseYamlSource } from '../../src/content-source/yaml-source.ts';
import { measureProcess, type ProcessCost } from './measure-process.ts';
import { installToolProject } from './tool-project.ts';
import { siteSizes } from './site-files.ts';

/** The Starlight release measured against; raise it on purpose, and say so with the new figures. */
export const STARLIGHT_VERSION = '0.42.4';

/** One Starlight document: where it goes under src/content/docs/ and its text. */
export interface StarlightDocument {
	/** '2021-2022/x.md': the same period folder and slug as ours, so the two sites share addresses. */
	path: string;
	text: string;
}

/**
 * The generated project: package.json with exact versions (Astro the same release as ours, so the
 * difference measured is the site on top of it), Starlight's own defaults (sidebar generated from
 * the documents, its Pagefind search), and the content collection Starlight documents.
 */
export function starlightProjectFiles(astroVersion: string): Record<string, string> {
	const packageJson = {
		name: 'bench-starlight',
		private: true,
		type: 'module',
		dependencies: { '@astrojs/starlight': STARLIGHT_VERSION, astro: astroVersion },
	};
	return {
		'package.json': `${JSON.stringify(packageJson, null, '\t')}\n`,
		'astro.config.mjs': [
			"import starlight from '@astrojs/starlight';",
			"import { defineConfig } from 'astro/config';",
			'',
			"export default defineConfig({ site: 'https://example.invalid', integrations: [starlight({ title: 'Nordjysk Socialaftale', defaultLocale: 'root', locales: { root: { label: 'Dansk', lang: 'da' } } })] });",
			'',
		].join('\n'),
		'src/content.config.ts': [
			"import { defineCollection } from 'astro:content';",
			"import { docsLoader } from '@astrojs/starlight/loaders';",
			"import { docsSchema } from '@astrojs/starlight/schema';",
			'',
			'export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };',
			'',
		].join('\n'),
	};
}

/**
 * Our corpus as Starlight documents: each document's own body, under frontmatter with its title and
 * summary (as Starlight's `title` and `description`), read through the same reader as the content check.
 */
export function starlightDocuments(contentDir: string): StarlightDocument[] {
	const documents: StarlightDocument[] = [{ path: 'index.md', text: '---\ntitle: Nordjysk Socialaftale\n---\n\nAlle aftaleperioder.\n' }];
	for (const file of listContentFiles(contentDir, contentDir).files) {
		if (file.kind !== 'document') continue;
		const split = splitFrontmatter(readFileSync(file.path, 'utf8'));
		if ('error' in split) throw new Error(`${file.file}: ${split.error}`);
		const data = parseYamlSource(split.yaml).data as { title: string; summary?: string };
		// JSON strings are YAML strings, so any title is quoted safely.
		const frontmatter = [`title: ${JSON.stringify(data.title)}`, ...(data.summary ? [`description: ${JSON.stringify(data.summary)}`] : [])];
		documents.push({ path: `${file.id}.${file.mdx ? 'mdx' : 'md'}`, text: `---\n${frontmatter.join('\n')}\n---\n${split.body}` });
	}
	return documents;
}

/** A Starlight project installed and ready to build, in a folder of its own. */
export interface StarlightProject {
	dir: string;
	version: string;
}

/** The project installed in a temporary folder named for the versions (tool-project.ts). */
export function prepareStarlight(rootDir: string, log: (message: string) => void): StarlightProject {
	const astroVersion = (JSON.parse(readFileSync(join(rootDir, 'node_modules/astro/package.json'), 'utf8')) as { version: string }).version;
	const dir = installToolProject(`nsa-bench-starlight-${STARLIGHT_VERSION}-astro-${astroVersion}`, starlightProjectFiles(astroVersion), `Starlight ${STARLIGHT_VERSION}`, log);
	return { dir, version: STARLIGHT_VERSION };
}

/** One measured Starlight build. */
export interface StarlightBuild extends ProcessCost {
	documents: number;
	distBytes: number;
	pagefindBytes: number;
	/** The built site (the project's dist/), kept until the next build for its pages to be measured. */
	siteDir: string;
}

/** Puts the corpus into the project and builds it from clean (no dist/, no Astro cache), measured. */
export async function buildStarlight(project: StarlightProject, contentDir: string): Promise<StarlightBuild> {
	const docs = join(project.dir, 'src/content/docs');
	const siteDir = join(project.dir, 'dist');
	for (const path of [docs, siteDir, join(project.dir, '.astro'), join(project.dir, 'node_modules/.astro')]) rmSync(path, { recursive: true, force: true });
	const documents = starlightDocuments(contentDir);
	for (const document of documents) {
		mkdirSync(dirname(join(docs, document.path)), { recursive: true });
		writeFileSync(join(docs, document.path), document.text);
	}
	const cost = await measureProcess({
		command: process.execPath,
		args: [join(project.dir, 'node_modules/astro/bin/astro.mjs'), 'build', '--silent'],
		cwd: project.dir,
		env: { ASTRO_TELEMETRY_DISABLED: '1' },
		quiet: true,
	});
	const sizes = siteSizes(siteDir);
	// The home page is ours to compare with nothing: count documents only.
	return { ...cost, documents: documents.length - 1, distBytes: sizes.distBytes, pagefindBytes: sizes.pagefindBytes, siteDir };
}
