// Monitoring instruments: co-developed in a community, published as frozen versions, used on monitoring tracks.
export * from './lib/instruments.module';
export * from './lib/instruments.service';
export * from './lib/monitoring.service';
export * from './lib/entities/instrument.entities';
