// The admin page's script (browser): loads Decap CMS from the site's own copy, teaches it to read
// and write content files as the project does (content-format.ts), and starts it with the
// configuration the build generated from the schemas (cms-config.ts, served as /admin/config.json).
import type { CmsField } from './cms-config.ts';
import { nameEditorsByTheirLabels } from './editor-names.ts';
import { FILE_NAME_KEY, FILE_NAME_TEMPLATE, fileNameFor } from './file-names.ts';
import { markdownFileData, markdownFileText, yamlFileData, yamlFileText, type EntryData } from './content-format.ts';

interface Collection {
	name: string;
	format: string;
	slug?: string;
	identifier_field?: string;
	extension: string;
	fields: CmsField[];
}

/** The immutable Map Decap holds an entry's values in, as far as the admin script uses it. */
interface EntryValues {
	get(key: string): unknown;
	set(key: string, value: unknown): EntryValues;
}

interface DecapCms {
	registerEventListener(listener: { name: 'preSave'; handler(event: { entry: { get(key: 'collection'): string; get(key: 'data'): EntryValues } }): EntryValues }): void;
	registerCustomFormat(name: string, extension: string, format: { fromFile(text: string): EntryData; toFile(data: EntryData): string }): void;
	init(options: { config: unknown }): void;
}

declare global {
	interface Window {
		CMS_MANUAL_INIT?: boolean;
		CMS?: DecapCms;
	}
}

/** Loads the CMS and starts it with the build's configuration; shows a Danish message if it cannot load. */
export async function startCms(): Promise<void> {
	const holder = document.getElementById('cms-config');
	const status = document.getElementById('cms-status');
	const failed = () => {
		if (status) status.textContent = 'Redigeringsværktøjet kunne ikke indlæses. Prøv at genindlæse siden.';
	};
	if (!holder?.dataset.config || !holder.dataset.script) return;
	const response = await fetch(holder.dataset.config).catch(() => undefined);
	if (!response?.ok) return failed();
	const config = (await response.json()) as { collections: Collection[] };
	// The bundle starts itself when it loads unless told to wait for init() with our configuration.
	window.CMS_MANUAL_INIT = true;
	const script = document.createElement('script');
	script.src = holder.dataset.script;
	script.addEventListener('load', () => {
		const cms = window.CMS!;
		for (const collection of config.collections) {
			const yaml = collection.extension === 'yaml';
			cms.registerCustomFormat(collection.format, collection.extension, {
				fromFile: yaml ? yamlFileData : markdownFileData,
				toFile: (data) => (yaml ? yamlFileText(data, collection.fields) : markdownFileText(data, collection.fields)),
			});
		}
		// A new file's name, as npm run new gives it (file-names.ts); Decap reads it when it first saves.
		const named = new Map(config.collections.filter((collection) => collection.slug === FILE_NAME_TEMPLATE).map((collection) => [collection.name, collection.identifier_field!]));
		cms.registerEventListener({
			name: 'preSave',
			handler: ({ entry }) => {
				const data = entry.get('data');
				const identifier = named.get(entry.get('collection'));
				return identifier ? data.set(FILE_NAME_KEY, fileNameFor(data.get(identifier))) : data;
			},
		});
		cms.init({ config });
		nameEditorsByTheirLabels(document.body);
		document.getElementById('cms-intro')?.setAttribute('hidden', '');
	});
	script.addEventListener('error', failed);
	document.body.append(script);
}
