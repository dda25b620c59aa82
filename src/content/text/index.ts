export type { CollectOptions, TextBlock } from './blocks';
export { BLOCK_SEPARATOR, BlockWalker, collectBlocks, iterateBlocks } from './blocks';
export { locate } from './locate';
export { collectBlocksFor } from './subtrees';
