// Reference data and enums of the learning line "Betekenisvol Samenwerken", shared by API and web.
export * from './lib/roles';
export * from './lib/learning-line';
export * from './lib/cases';
export * from './lib/knowledge';
export * from './lib/knowledge-demo';
