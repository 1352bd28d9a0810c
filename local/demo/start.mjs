// `npm start`: the demo sign-in page with the local Clerk backend on the same origin.
// Core 3 by default; `npm start -- --core-2` runs the same page on Clerk Core 2.
import { createServer } from 'vite';

const core2 = process.argv.includes('--core-2');
const server = await createServer({ configFile: new URL('./vite.config.ts', import.meta.url).pathname, mode: core2 ? 'core-2' : 'development' });
await server.listen();
server.printUrls();
console.log(`  Clerk ${core2 ? 'Core 2 (@clerk/clerk-react 5); without --core-2 the page runs on Core 3' : 'Core 3 (@clerk/react 6); `npm start -- --core-2` runs it on Core 2'}`);
server.bindCLIShortcuts({ print: true });
