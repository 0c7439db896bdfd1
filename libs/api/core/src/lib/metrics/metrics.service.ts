import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import type { IncomingMessage, Server as HttpServer, ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { BoundedLabel, MAX_OPERATION_NAMES, methodLabel, OPERATION_NAME, routeLabel, statusClass } from './metric-labels';

const SECONDS_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** What node-postgres' Pool reports about itself (TypeORM's `driver.master`). */
interface PgPoolLike {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
  options?: { max?: number };
}

// Event-loop lag, memory, GC and CPU belong to the process, not to one app: collected once into a
// registry of their own, so tests that start several apps in one process do not stack up monitors.
let processRegistry: Registry | undefined;
function processMetrics(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry });
  }
  return processRegistry;
}

/**
 * The app's Prometheus metrics, in a registry of its own (never prom-client's global one).
 * Hot paths only bump counters and observe histograms; the database pool is read when scraped.
 */
@Injectable()
export class MetricsService implements OnApplicationBootstrap {
  readonly registry = new Registry();
  private readonly operations = new BoundedLabel(MAX_OPERATION_NAMES, OPERATION_NAME);
  private readonly routes = new BoundedLabel(100, /^[\x21-\x7e]{1,200}$/);

  private readonly graphqlDuration = new Histogram({
    name: 'kennislijn_graphql_request_duration_seconds',
    help: 'GraphQL requests from start to response, by operation name and type.',
    labelNames: ['operation', 'type'] as const,
    buckets: SECONDS_BUCKETS,
    registers: [this.registry],
  });
  private readonly graphqlErrors = new Counter({
    name: 'kennislijn_graphql_errors_total',
    help: 'Errors in GraphQL responses, by the code the client sees (extensions.code).',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });
  private readonly httpDuration = new Histogram({
    name: 'kennislijn_http_request_duration_seconds',
    help: 'HTTP requests (all routes, /graphql included) from arrival to the end of the response, by method, route and status class.',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: SECONDS_BUCKETS,
    registers: [this.registry],
  });
  private readonly sockets = new Gauge({
    name: 'kennislijn_sockets_connected',
    help: 'Authenticated socket.io connections on this instance.',
    registers: [this.registry],
  });
  private readonly stored = new Counter({
    name: 'kennislijn_messages_stored_total',
    help: 'Discussion messages stored (committed) by this instance.',
    registers: [this.registry],
  });
  private readonly delivered = new Counter({
    name: 'kennislijn_messages_delivered_total',
    help: 'Discussion messages (new, edited, deleted, hidden) this instance emitted live to their thread room, counted per message, not per recipient.',
    registers: [this.registry],
  });
  private readonly replays = new Counter({
    name: 'kennislijn_replay_requests_total',
    help: 'Replays of a thread after a sequence number (socket subscribe with afterSeq, thread:replay, GraphQL threadChanges).',
    registers: [this.registry],
  });
  private readonly replayed = new Counter({
    name: 'kennislijn_replayed_messages_total',
    help: 'Messages sent to clients by replays.',
    registers: [this.registry],
  });

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly adapterHost: HttpAdapterHost,
  ) {
    const pool = () => this.pool();
    const registers = [this.registry];
    new Gauge({
      name: 'kennislijn_db_pool_max',
      help: `Most database connections this instance opens (DB_POOL_SIZE; always 1 for the embedded database).`,
      labelNames: ['database'] as const,
      registers,
      collect() {
        this.set({ database: config.databaseUrl ? 'postgres' : 'embedded' }, pool()?.options?.max ?? 0);
      },
    });
    new Gauge({
      name: 'kennislijn_db_pool_connections',
      help: 'Open database connections (busy and idle).',
      registers,
      collect() {
        this.set(pool()?.totalCount ?? 0);
      },
    });
    new Gauge({
      name: 'kennislijn_db_pool_idle_connections',
      help: 'Open database connections not running a query or transaction.',
      registers,
      collect() {
        this.set(pool()?.idleCount ?? 0);
      },
    });
    new Gauge({
      name: 'kennislijn_db_pool_waiting_requests',
      help: 'Queries and transactions waiting for a free database connection.',
      registers,
      collect() {
        this.set(pool()?.waitingCount ?? 0);
      },
    });
  }

  /** Times every HTTP request on the app's server (a listener beside Express, so body-parser errors count too). */
  onApplicationBootstrap(): void {
    const server = this.adapterHost.httpAdapter?.getHttpServer() as HttpServer | undefined;
    server?.on('request', this.onRequest);
  }

  /** Text exposition of the process and app metrics. */
  async metrics(): Promise<string> {
    const [proc, app] = await Promise.all([processMetrics().metrics(), this.registry.metrics()]);
    return `${proc}\n${app}`;
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  /** The operation label: its name when sane (and among the first 200 names), else 'anonymous' or 'other'. */
  operationLabel(name: string | null | undefined): string {
    return name ? this.operations.of(name) : 'anonymous';
  }

  observeGraphql(operation: string, type: string, seconds: number): void {
    this.graphqlDuration.observe({ operation, type }, seconds);
  }

  graphqlError(code: string): void {
    this.graphqlErrors.inc({ code });
  }

  socketConnected(): void {
    this.sockets.inc();
  }

  socketDisconnected(): void {
    this.sockets.dec();
  }

  messagesStored(count: number): void {
    if (count > 0) this.stored.inc(count);
  }

  messagesDelivered(count: number): void {
    if (count > 0) this.delivered.inc(count);
  }

  replayRequested(messages: number): void {
    this.replays.inc();
    if (messages > 0) this.replayed.inc(messages);
  }

  private pool(): PgPoolLike | undefined {
    if (!this.dataSource.isInitialized) return undefined;
    return (this.dataSource.driver as unknown as { master?: PgPoolLike }).master;
  }

  private readonly onRequest = (req: IncomingMessage, res: ServerResponse): void => {
    // socket.io's own transport requests are covered by the socket metrics.
    if (req.url?.startsWith('/socket.io/')) return;
    const started = performance.now();
    res.once('close', () => {
      const method = methodLabel(req.method);
      const route = routeLabel(req as IncomingMessage & { route?: { path?: unknown } }, method, res.statusCode);
      this.httpDuration.observe({ method, route: route === 'static' || route === 'unmatched' || route === '/graphql' ? route : this.routes.of(route), status: statusClass(res.statusCode) }, (performance.now() - started) / 1000);
    });
  };
}

