// The knowledge base of the living learning line, and the learning line as a versioned map.
export * from './lib/knowledge.module';
export * from './lib/knowledge.service';
export * from './lib/learning-line.service';
export * from './lib/entities/knowledge.entities';
