import { DataSource, EntityManager, EntitySubscriberInterface, QueryRunner, TransactionCommitEvent, TransactionRollbackEvent } from 'typeorm';

type Work = () => void;

/**
 * Runs work only after the transaction a manager belongs to has committed (and drops it on
 * rollback). Outside a transaction the work runs at once. This is how every real-time event
 * leaves the API: a reader can never receive something the database does not hold.
 */
export class AfterCommit implements EntitySubscriberInterface {
  private readonly pending = new WeakMap<QueryRunner, Work[]>();

  static install(dataSource: DataSource): AfterCommit {
    const existing = dataSource.subscribers.find((s): s is AfterCommit => s instanceof AfterCommit);
    if (existing) return existing;
    const hook = new AfterCommit();
    dataSource.subscribers.push(hook);
    return hook;
  }

  run(manager: EntityManager | undefined, work: Work): void {
    const runner = manager?.queryRunner;
    if (!runner || !runner.isTransactionActive) {
      work();
      return;
    }
    const list = this.pending.get(runner) ?? [];
    list.push(work);
    this.pending.set(runner, list);
  }

  afterTransactionCommit(event: TransactionCommitEvent): void {
    const runner = event.queryRunner;
    // A released savepoint is not the end of the outer transaction.
    if (runner.isTransactionActive) return;
    const list = this.pending.get(runner);
    if (!list) return;
    this.pending.delete(runner);
    // The transaction has committed: one failing emit must neither undo that nor stop the others.
    for (const work of list) {
      try {
        work();
      } catch {
        // Emitting is best effort; clients catch up from PostgreSQL.
      }
    }
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    if (!event.queryRunner.isTransactionActive) this.pending.delete(event.queryRunner);
  }
}
