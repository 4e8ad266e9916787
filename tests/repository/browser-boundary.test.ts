// Browser code is shipped to every reader: it must not pull in Node modules (it would fail) nor zod
// or the content schemas (they would add tens of KiB to the search page; they once added 75 KiB).
// This follows the real import graph from every browser entry point, so the rule is a check, not
// a convention.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SRC = join(ROOT, 'src');

/** Every module an Astro component's client `<script>` imports, and every module in src/browser/. */
function entryPoints(): string[] {
	const entries = readdirSync(join(SRC, 'browser')).filter((name) => name.endsWith('.ts')).map((name) => join(SRC, 'browser', name));
	for (const file of readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.astro'))) {
		const path = join(SRC, file);
		for (const script of readFileSync(path, 'utf8').matchAll(/<script(?![^>]*is:inline)[^>]*>([\s\S]*?)<\/script>/g)) {
			for (const specifier of importsOf(script[1]!)) entries.push(resolveImport(path, specifier));
		}
	}
	return entries;
}

function importsOf(code: string): string[] {
	return [...code.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((match) => (match[1] ?? match[2])!);
}

function resolveImport(from: string, specifier: string): string {
	return specifier.startsWith('.') ? resolve(dirname(from), specifier) : specifier;
}

/** The modules reachable from `entry`, each with the chain of imports that leads to it. */
function importGraph(entries: string[]): Map<string, string[]> {
	const chains = new Map<string, string[]>();
	const queue = entries.map((entry) => [entry]);
	while (queue.length) {
		const chain = queue.shift()!;
		const module = chain.at(-1)!;
		if (chains.has(module)) continue;
		chains.set(module, chain);
		if (!module.startsWith('/')) continue; // a package: judged by name below
		for (const specifier of importsOf(readFileSync(module, 'utf8').replace(/^\s*import\s+type\s.*$/gm, ''))) {
			queue.push([...chain, resolveImport(module, specifier)]);
		}
	}
	return chains;
}

const FORBIDDEN = [
	{ test: (module: string) => module.startsWith('node:'), why: 'a Node module' },
	{ test: (module: string) => /^(astro\/zod|zod)(\/|$)/.test(module), why: 'zod' },
	{ test: (module: string) => module.startsWith('astro:'), why: 'an Astro virtual module' },
	{ test: (module: string) => module.startsWith(join(SRC, 'schemas')) && !module.endsWith('date-text.ts'), why: 'a zod schema module' },
];

describe('browser code', () => {
	const entries = entryPoints();

	test('has entry points to follow', () => {
		expect(entries.length).toBeGreaterThan(0);
	});

	test('imports no Node module, no zod and no schema, directly or through another module', () => {
		const offences = [...importGraph(entries)].flatMap(([module, chain]) =>
			FORBIDDEN.filter((rule) => rule.test(module)).map((rule) => `${chain.map((step) => (step.startsWith('/') ? relative(ROOT, step) : step)).join(' -> ')} (${rule.why})`),
		);
		expect(offences).toEqual([]);
	});
});
