// Cases (collaboration dilemmas from practice) and responses, de-identified by the privacy guard.
export * from './lib/cases.module';
export * from './lib/cases.service';
export * from './lib/entities/case.entities';
