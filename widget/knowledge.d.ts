// The compiled knowledge base, made at build time by the plugin in vite.config.ts.
declare module 'virtual:knowledge' {
  /** Parses the built-in base on the first call; later calls return the same object. */
  const builtIn: () => import('./engine/index.ts').Knowledge;
  export default builtIn;
}
