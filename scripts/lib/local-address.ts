// Where `npm start` serves the site on this machine. The build bakes its address into every page
// (canonical links, feeds, sitemap, open data), so the port is chosen before the build, and the
// server must then get exactly that port.
import { createServer } from 'node:net';

/** The host `npm start` serves on, and the one its free-port check asks for. */
export const LOCAL_HOST = 'localhost';

/** Whether a server could listen on `port` at `host` right now. */
export function canListen(port: number, host = LOCAL_HOST): Promise<boolean> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.unref();
		server.once('error', (error: NodeJS.ErrnoException) => {
			if (error.code === 'EADDRINUSE' || error.code === 'EACCES') resolve(false);
			else reject(error);
		});
		server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(true)));
	});
}

/** A port that the operating system has free at `host`, for when every preferred one is taken. */
function anyFreePort(host: string): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.unref();
		server.once('error', reject);
		server.listen({ port: 0, host, exclusive: true }, () => {
			const address = server.address();
			server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
		});
	});
}

/**
 * The first free port of `preferred` and the `tries - 1` ports after it (so the address stays
 * predictable, 4321 or close to it), else any port the operating system has free.
 */
export async function findFreePort(preferred: number, { host = LOCAL_HOST, tries = 10 } = {}): Promise<number> {
	for (let port = preferred; port < preferred + tries && port <= 65535; port += 1) {
		if (await canListen(port, host)) return port;
	}
	return anyFreePort(host);
}

/** The address of the site served on `port` here: what the build takes as SITE_URL. */
export function localSiteUrl(port: number): string {
	return `http://${LOCAL_HOST}:${port}`;
}

/** What `npm start` tells the reader, in Danish: where the site is, and how to stop it. */
export const startMessages = {
	portTaken: (preferred: number, port: number) => `Port ${preferred} er optaget; sitet vises i stedet på port ${port}.`,
	building: (url: string) => `Bygger sitet til ${url}/ …`,
	serving: (url: string) => `Sitet vises på ${url}/`,
	howToStop: 'Tryk Ctrl+C for at stoppe.',
	stopped: 'Sitet er stoppet.',
	portLost: (port: number) => `Port ${port} blev optaget, mens sitet blev bygget. Kør npm start igen.`,
	badPort: (value: string) => `--port skal være et portnummer fra 1 til 65535, ikke "${value}".`,
};
