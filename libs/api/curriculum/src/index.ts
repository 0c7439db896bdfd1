// The learning line as rows: levels, qualifications (B1-B9, M1-M9), Dublin descriptors, collaboration forms.
export * from './lib/curriculum.module';
export * from './lib/reference-data.seeder';
export * from './lib/entities/curriculum.entities';
export * from './lib/models/curriculum.models';
