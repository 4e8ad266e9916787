// Links inside the site must lead to a page, and to a heading on it, that the build will publish.
import { describe, expect, test } from 'vitest';
import { linkProblem } from '../../../src/validation/rules/links.ts';
import type { SitePages } from '../../../src/validation/site-pages.ts';

const SITE: SitePages = {
	pages: new Set(['/', '/soeg/', '/2021-2022/', '/2021-2022/godkendelse/', '/2021-2022/referat/']),
	anchors: new Map([
		['/2021-2022/godkendelse/', ['resumé', 'beslutning', 'beslutning-1']],
		['/2021-2022/referat/', []],
	]),
	redirects: new Map([['/2021-2022/gammel-godkendelse/', '/2021-2022/godkendelse/']]),
	files: new Set(['/favicon.svg']),
};
const FROM_REFERAT = { address: '/2021-2022/referat/', folder: '/2021-2022/' };

describe('linkProblem', () => {
	test.each([
		'/',
		'/soeg/?q=alderdom',
		'/2021-2022/',
		'/2021-2022/godkendelse/#beslutning-1',
		'/2021-2022/godkendelse/#resum%C3%A9',
		'../godkendelse/#resumé',
		'/2021-2022/#fokusomraader',
		'/favicon.svg',
		'https://example.com/',
		'mailto:sekretariat@example.dk',
		'//example.com/',
	])('accepts %s', (url) => {
		expect(linkProblem(url, FROM_REFERAT, SITE)).toBeUndefined();
	});

	test.each([
		['/2021-2022/godkendelsen/', 'linket "/2021-2022/godkendelsen/" peger ikke på en side på sitet'],
		['/2021-2022/godkendelse', 'linket "/2021-2022/godkendelse" mangler / til sidst: skriv /2021-2022/godkendelse/'],
		['/2021-2022/godkendelse/#indstilling', 'ankeret #indstilling findes ikke på /2021-2022/godkendelse/ (overskrifterne der: #resumé, #beslutning, #beslutning-1)'],
		['#dagsorden', 'ankeret #dagsorden findes ikke på /2021-2022/referat/ (siden har ingen overskrifter med anker)'],
		['godkendelse.md', 'linket "godkendelse.md" peger på en fil, ikke en side: brug sidens adresse /2021-2022/godkendelse/'],
		['../2018-2020/resultater.md#x', 'peger på en fil, ikke en side: brug sidens adresse /2018-2020/resultater/'],
		['/2021-2022/gammel-godkendelse/', 'adressen /2021-2022/gammel-godkendelse/ er flyttet til /2021-2022/godkendelse/: link direkte til /2021-2022/godkendelse/'],
		['/2021-2022/%E0%A4%A/', 'er ikke en gyldig adresse'],
	])('reports %s', (url, message) => {
		expect(linkProblem(url, FROM_REFERAT, SITE)).toContain(message);
	});

	test('asks a file without a page of its own for addresses from the root', () => {
		expect(linkProblem('godkendelse/', { address: undefined, folder: '/' }, SITE)).toContain('skriv adressen fra roden');
		expect(linkProblem('/2021-2022/godkendelse/', { address: undefined, folder: '/' }, SITE)).toBeUndefined();
	});
});
