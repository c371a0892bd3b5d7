/** The beat: navigation data for one article (entity at a point, rename, outline) and the index across articles. */
export { entityAt, type EntityHit } from './entityAt';
export { prepareRename, renameEdits, type TextEdit } from './rename';
export { outline, tariffLabel, type OutlineGroup, type OutlineItem, type OutlineKind } from './symbols';
export { digestArticle } from './digest';
export { BeatIndex, type BuiltBeat, type EntityKind } from './beatIndex';
export { runAtOnce, runInSlices, type SliceOptions } from './slices';
export { baseName } from './flags';
export { beatReport } from './report';
export type * from './types';
