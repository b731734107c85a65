// The compiled knowledge base, made at build time by the plugin in vite.config.ts.
declare module 'virtual:knowledge' {
  const knowledge: import('./engine/index.ts').Knowledge;
  export default knowledge;
}
