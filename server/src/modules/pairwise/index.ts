/** The pairwise module's public surface (Hivemind: comparing two ideas, and the ranking it gives). */
export { PairwiseModule } from './pairwise.module';
export { PairwiseService, type PairwiseRanking, type PairwiseProgress } from './pairwise.service';
export { seedDemoPairwise } from './pairwise.demo';
