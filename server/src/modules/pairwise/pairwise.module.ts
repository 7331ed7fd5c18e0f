import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CampaignsModule } from '../campaigns';
import { IdeasModule } from '../ideas';
import { PairwiseAnswerEntity, PairwiseIssuedEntity } from './pairwise.entity';
import { PairwiseResolver } from './pairwise.resolver';
import { PairwiseService } from './pairwise.service';

@Module({
  imports: [TypeOrmModule.forFeature([PairwiseAnswerEntity, PairwiseIssuedEntity]), CampaignsModule, IdeasModule],
  providers: [PairwiseService, PairwiseResolver],
  exports: [PairwiseService],
})
export class PairwiseModule {}
