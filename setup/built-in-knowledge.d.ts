// The built-in answers as the compiler makes them (real ids, every question), read by
// vite.setup.config.ts when the setup page is built: the answers editor merges the owner's with them.
declare module 'virtual:built-in-knowledge' {
  const builtIn: import('../widget/engine/index.ts').Knowledge;
  export default builtIn;
}
