declare module 'virtual:knowledge' {
  import type { Knowledge } from './engine/types.ts';
  const knowledge: Knowledge;
  export default knowledge;
}
