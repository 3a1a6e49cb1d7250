// Public surface of the screenplay formats: the Fountain and Final Draft readers and writers.
export type {
  IntExt,
  ScreenplayDocument,
  ScreenplayElement,
  ScreenplayElementType,
  ScreenplayScene,
} from './types';
export { parseFountain } from './parse-fountain';
export { writeFountain } from './write-fountain';
export { parseFdx } from './parse-fdx';
export { writeFdx } from './write-fdx';
