import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type DepartmentKind = 'hub' | 'spoke';

@Entity({ name: 'departments' })
export class DepartmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text')
  code: string;

  @Column('text')
  kind: DepartmentKind;

  @Column({ name: 'name_fr', type: 'text' })
  nameFr: string;

  @Column({ name: 'name_en', type: 'text' })
  nameEn: string;

  @Column({ name: 'description_fr', type: 'text', default: '' })
  descriptionFr: string;

  @Column({ name: 'description_en', type: 'text', default: '' })
  descriptionEn: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
