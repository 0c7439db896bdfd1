import { MigrationInterface, QueryRunner } from 'typeorm';

export class PollResultSeq1795976589736 implements MigrationInterface {
  name = 'PollResultSeq1795976589736';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"session_poll\" ADD \"result_seq\" integer NOT NULL DEFAULT '0'");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"session_poll\" DROP COLUMN \"result_seq\"");
  }
}
