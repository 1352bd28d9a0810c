/** Makes sure a cache folder holds react@18.3.1 and react-dom@18.3.1; resolves to its `node_modules` path. */
export function ensureReact18(): Promise<string>;
