// The built widget, read from dist/faq-widget.js by vite.setup.config.ts when the setup page is built.
declare module 'virtual:built-widget' {
  /** The file's text, for the preview. */
  export const code: string;
  /** Its Subresource Integrity hash: "sha384-…". */
  export const integrity: string;
}
