/** Channel elements every feed carries: its language, and its own address (as feed validators ask). */
export function feedChannelData(selfUrl: string): string {
	const href = selfUrl.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
	return `<language>da</language><atom:link href="${href}" rel="self" type="application/rss+xml"/>`;
}
