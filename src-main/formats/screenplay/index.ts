// Public surface of the screenplay formats: Fountain and Final Draft readers/writers and the analysis view.
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
export {
  screenplayToAnalysis,
  type ScreenplayAnalysis,
  type AnalysisEntity,
  type AnalysisScene,
  type AnalysisRelationship,
} from './to-analysis';
