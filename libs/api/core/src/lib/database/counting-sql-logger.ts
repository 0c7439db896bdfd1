import { Logger } from '@nestjs/common';
import { Logger as TypeOrmLogger } from 'typeorm';
import { countSqlStatement } from '../logging/request-context';

/** TypeORM logger that counts statements per request and sends slow queries and errors to pino. */
export class CountingSqlLogger implements TypeOrmLogger {
  private readonly logger = new Logger('Database');

  logQuery(): void {
    countSqlStatement();
  }
  logQueryError(error: string | Error, query: string): void {
    this.logger.warn({ err: String(error), query: query.slice(0, 500) }, 'SQL statement failed');
  }
  logQuerySlow(time: number, query: string): void {
    this.logger.warn({ ms: time, query: query.slice(0, 500) }, 'slow SQL statement');
  }
  logSchemaBuild(): void {
    // Schema changes only come from migrations; nothing to report.
  }
  logMigration(message: string): void {
    this.logger.log({ migration: message }, 'migration');
  }
  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    // gen_random_uuid() is built into PostgreSQL 13+, so TypeORM's pgcrypto warning does not apply.
    if (level === 'warn' && !String(message).includes('pgcrypto')) this.logger.warn({ message: String(message) }, 'typeorm');
  }
}
