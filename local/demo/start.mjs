// `npm start`: the demo sign-in page with the local Clerk backend on the same origin.
import { createServer } from 'vite';

const server = await createServer({ configFile: new URL('./vite.config.ts', import.meta.url).pathname });
await server.listen();
server.printUrls();
server.bindCLIShortcuts({ print: true });
