import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { COLLABORATION_FORMS, DUBLIN_DESCRIPTORS, LEVELS, QUALIFICATIONS, RESEARCH_THEMES } from '@kennislijn/shared-domain';

/**
 * Loads the learning line's reference rows. Idempotent: existing rows are left as they are, so
 * curators' later edits of the living learning line are never overwritten by a restart.
 */
@Injectable()
export class ReferenceDataSeeder {
  private readonly logger = new Logger('ReferenceData');

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async seed(): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      for (const l of LEVELS) {
        await m.query(
          `INSERT INTO level (number, name_nl, name_en, description_nl, description_en) VALUES ($1,$2,$3,$4,$5) ON CONFLICT (number) DO NOTHING`,
          [l.number, l.name.nl, l.name.en, l.description.nl, l.description.en],
        );
      }
      for (const q of QUALIFICATIONS) {
        await m.query(
          `INSERT INTO qualification (code, degree, number, text_nl, text_en) VALUES ($1,$2,$3,$4,$5) ON CONFLICT (code) DO NOTHING`,
          [q.code, q.degree, q.number, q.text.nl, q.text.en],
        );
      }
      for (const f of COLLABORATION_FORMS) {
        await m.query(
          `INSERT INTO collaboration_form (code, position, name_nl, name_en) VALUES ($1,$2,$3,$4) ON CONFLICT (code) DO NOTHING`,
          [f.code, f.position, f.name.nl, f.name.en],
        );
      }
      for (const t of RESEARCH_THEMES) {
        await m.query(
          `INSERT INTO research_theme (code, position, name_nl, name_en) VALUES ($1,$2,$3,$4) ON CONFLICT (code) DO NOTHING`,
          [t.code, t.position, t.name.nl, t.name.en],
        );
      }
      for (const d of DUBLIN_DESCRIPTORS) {
        await m.query(
          `INSERT INTO dublin_descriptor (number, name_nl, name_en) VALUES ($1,$2,$3) ON CONFLICT (number) DO NOTHING`,
          [d.number, d.name.nl, d.name.en],
        );
        await m.query(
          `INSERT INTO dublin_descriptor_qualification (dublin_descriptor_id, qualification_id)
           SELECT d.id, q.id FROM dublin_descriptor d JOIN qualification q ON q.code = ANY($2::text[])
           WHERE d.number = $1 ON CONFLICT DO NOTHING`,
          [d.number, d.qualificationCodes],
        );
      }
    });
    this.logger.log('reference data of the learning line is present');
  }
}
