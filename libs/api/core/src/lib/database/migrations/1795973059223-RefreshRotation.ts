import { MigrationInterface, QueryRunner } from 'typeorm';

export class RefreshRotation1795973059223 implements MigrationInterface {
  name = 'RefreshRotation1795973059223';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"refresh_token\" ADD \"replaced_at\" TIMESTAMP WITH TIME ZONE");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"refresh_token\" DROP COLUMN \"replaced_at\"");
  }
}
