import 'reflect-metadata';
import { MODULE_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
import { CONFIG_VARIABLES, ConfigError, ConfigVariable, HealthController, loadConfig, MetricsModule } from '@kennislijn/api-core';

// The deployment files in infra/ must agree with the code: the variables the config class reads,
// the health routes the controller serves, the port, the entry points. Each check collects its
// problems as "file: what is wrong" so a failure names the file and the variable.

const ROOT = join(__dirname, '../../../..');
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const KNOWN = new Set(Object.keys(CONFIG_VARIABLES));
const isSecret = (name: string) => CONFIG_VARIABLES[name as ConfigVariable]?.secret === true;
const REQUIRED = Object.entries(CONFIG_VARIABLES)
  .filter(([, v]) => (v as { required: boolean }).required)
  .map(([k]) => k);

// Routes from the controllers' own decorator metadata, not from strings copied here.
function route(controller: Function, handler: object): string {
  return `/${Reflect.getMetadata(PATH_METADATA, controller) as string}/${Reflect.getMetadata(PATH_METADATA, handler) as string}`
    .replace(/\/+/g, '/')
    .replace(/(.)\/$/, '$1');
}
const LIVE = route(HealthController, HealthController.prototype.live);
const READY = route(HealthController, HealthController.prototype.ready);
const HEALTH_ROUTES = new Set([LIVE, READY]);
const METRICS_ROUTES = new Set(
  ((Reflect.getMetadata(MODULE_METADATA.CONTROLLERS, MetricsModule) ?? []) as Function[]).flatMap((c) =>
    Object.getOwnPropertyNames(c.prototype)
      .filter((name) => name !== 'constructor' && Reflect.hasMetadata(PATH_METADATA, c.prototype[name]))
      .map((name) => route(c, c.prototype[name])),
  ),
);

// Values that pass loadConfig for every secret variable; a new secret with a format needs an entry here.
const DUMMY_SECRETS: Record<string, string> = {
  DATABASE_URL: 'postgres://kennislijn:dummy@postgres:5432/kennislijn',
  JWT_SECRET: 'dummysecretdummysecretdummysecretdummy',
  REDIS_URL: 'redis://redis:6379',
  SMTP_URL: 'smtp://mail:587',
};
const dummySecret = (name: string) => DUMMY_SECRETS[name] ?? 'dummysecretdummysecretdummysecretdummy';

function configProblems(file: string, env: Record<string, string>): string[] {
  try {
    loadConfig(env);
    return [];
  } catch (error) {
    if (error instanceof ConfigError) return error.problems.map((p) => `${file}: loadConfig rejects it: ${p}`);
    throw error;
  }
}

// ---- Kubernetes -------------------------------------------------------------------------------

const K8S_DIR = 'infra/k8s';
const k8sFiles = readdirSync(join(ROOT, K8S_DIR)).filter((f) => /\.ya?ml$/.test(f)).map((f) => `${K8S_DIR}/${f}`);
const k8sParseProblems: string[] = [];
const k8s: { file: string; doc: Json }[] = k8sFiles.flatMap((file) =>
  parseAllDocuments(read(file)).flatMap((d) => {
    if (d.errors.length) {
      k8sParseProblems.push(...d.errors.map((e) => `${file}: ${e.message}`));
      return [];
    }
    const doc = d.toJS() as Json | null;
    return doc ? [{ file, doc }] : [];
  }),
);
const ofKind = (kind: string) => k8s.filter((k) => k.doc.kind === kind);
const one = (kind: string) => {
  const found = ofKind(kind);
  if (found.length !== 1) throw new Error(`${K8S_DIR}: expected exactly one ${kind}, found ${found.length}`);
  return found[0];
};

// ---- docker-compose ---------------------------------------------------------------------------

const COMPOSE_FILE = 'infra/docker-compose.yml';
const compose = parse(read(COMPOSE_FILE), { merge: true }) as Json;
const services = compose.services as Record<string, Json>;
const apiServices = Object.entries(services).filter(([, s]) => s.build?.dockerfile === 'infra/Dockerfile');
const isMigration = (s: Json) => Array.isArray(s.command) && s.command.includes('migrate');
const replicas = apiServices.filter(([, s]) => !isMigration(s));

function environment(service: Json): Record<string, string> {
  const env = service.environment ?? {};
  if (Array.isArray(env)) return Object.fromEntries(env.map((e: string) => [e.split('=')[0], e.slice(e.indexOf('=') + 1)]));
  return Object.fromEntries(Object.entries(env).map(([k, v]) => [k, v == null ? '' : String(v)]));
}

// What compose makes of `${NAME:-default}` and `${NAME:?message}` when infra/.env sets only the required ones.
function interpolate(value: string): string {
  return value.replace(/\$\{(\w+)(?::?([-?])([^}]*))?\}/g, (_m, name: string, op?: string, rest?: string) =>
    op === '-' ? (rest ?? '') : op === '?' ? dummySecret(name) : '',
  );
}

// ---- Dockerfile and nginx ---------------------------------------------------------------------

interface Instruction {
  op: string;
  args: string;
}
const DOCKERFILE = 'infra/Dockerfile';
const stages: { name: string; from: string; steps: Instruction[] }[] = [];
for (const line of read(DOCKERFILE).replace(/\\\n/g, ' ').split('\n')) {
  const text = line.trim();
  if (!text || text.startsWith('#')) continue;
  const [, op, args] = /^(\w+)\s+(.*)$/.exec(text) ?? [];
  if (!op) continue;
  if (op.toUpperCase() === 'FROM') {
    const [, from, name] = /^(\S+)(?:\s+AS\s+(\S+))?/i.exec(args) ?? [];
    stages.push({ name: name ?? String(stages.length), from, steps: [] });
  } else stages[stages.length - 1]?.steps.push({ op: op.toUpperCase(), args: args.trim() });
}
const runtime = stages[stages.length - 1];
const runtimeSteps = (op: string) => runtime.steps.filter((s) => s.op === op);
const dockerEnv: Record<string, string> = Object.fromEntries(
  runtimeSteps('ENV').flatMap((s) => [...s.args.matchAll(/(\w+)=("[^"]*"|\S+)/g)].map((m) => [m[1], m[2].replace(/^"|"$/g, '')])),
);
const execForm = (args: string): string[] => JSON.parse(args.replace(/^.*?(\[.*\])\s*$/, '$1')) as string[];

// dist/apps/api/<path>.js is tsc's output for <path>.ts (outDir dist/apps/api, rootDir = repository root).
function sourceOf(distFile: string): string | undefined {
  const m = /^dist\/apps\/api\/(.+)\.js$/.exec(distFile);
  return m ? `${m[1]}.ts` : undefined;
}

const NGINX_FILE = 'infra/proxy/nginx.conf';
const nginx = read(NGINX_FILE).replace(/#.*$/gm, '');

const FORCED_EXIT_MS = Number((/process\.exit\(1\),\s*([\d_]+)\)/.exec(read('apps/api/src/main.ts'))?.[1] ?? 'NaN').replace(/_/g, ''));
const seconds = (value: string | number) => {
  const m = /^(\d+)(ms|s|m|h)?$/.exec(String(value));
  if (!m) return NaN;
  return Number(m[1]) * ({ ms: 0.001, s: 1, m: 60, h: 3600 }[m[2] ?? 's'] ?? 1);
};

describe('infra/ agrees with the code', () => {
  it('knows the health and metrics routes and the shutdown timeout it checks against', () => {
    expect([LIVE, READY]).toEqual(['/health/live', '/health/ready']);
    expect([...METRICS_ROUTES]).toEqual(['/metrics']);
    expect(FORCED_EXIT_MS).toBeGreaterThan(0);
  });

  describe('Kubernetes manifests', () => {
    const configMap = () => one('ConfigMap').doc;
    const secret = () => one('Secret').doc;
    const secretData = () => ({ ...(secret().data ?? {}), ...(secret().stringData ?? {}) }) as Record<string, unknown>;
    const deployment = () => one('Deployment').doc;
    const podSpec = () => deployment().spec.template.spec;
    const container = () => podSpec().containers[0] as Json;
    const port = () => Number(configMap().data.PORT ?? CONFIG_VARIABLES.PORT.default);

    it('parse, and every document has apiVersion, kind and a name', () => {
      const problems = [...k8sParseProblems];
      for (const { file, doc } of k8s) {
        if (!doc.apiVersion || !doc.kind || !doc.metadata?.name) problems.push(`${file}: a document lacks apiVersion, kind or metadata.name`);
        if (doc.metadata?.namespace) problems.push(`${file}: ${doc.kind} sets a namespace; the manifests are namespace-less`);
      }
      expect(problems).toEqual([]);
      for (const kind of ['ConfigMap', 'Secret', 'Deployment', 'Service', 'Ingress', 'HorizontalPodAutoscaler', 'PodDisruptionBudget', 'Job']) {
        expect(ofKind(kind).map((k) => k.doc.kind)).toEqual([kind]);
      }
    });

    it('the ConfigMap and the Secret hold every variable of the config class, secrets only in the Secret', () => {
      const { file: cmFile } = one('ConfigMap');
      const { file: secretFile } = one('Secret');
      const cm = (configMap().data ?? {}) as Record<string, unknown>;
      const sec = secretData();
      const problems: string[] = [];
      for (const [name, value] of Object.entries(cm)) {
        if (!KNOWN.has(name)) problems.push(`${cmFile}: ${name} is not a variable of CONFIG_VARIABLES`);
        else if (isSecret(name)) problems.push(`${cmFile}: ${name} is secret and belongs in the Secret`);
        if (typeof value !== 'string') problems.push(`${cmFile}: ${name} must be a quoted string (got ${typeof value})`);
      }
      for (const [name, value] of Object.entries(sec)) {
        if (!KNOWN.has(name)) problems.push(`${secretFile}: ${name} is not a variable of CONFIG_VARIABLES`);
        else if (!isSecret(name)) problems.push(`${secretFile}: ${name} is not secret and belongs in the ConfigMap`);
        if (typeof value !== 'string') problems.push(`${secretFile}: ${name} must be a quoted string (got ${typeof value})`);
      }
      for (const name of KNOWN) {
        if (!(name in cm) && !(name in sec)) problems.push(`${K8S_DIR}: ${name} is in neither the ConfigMap nor the Secret`);
        if (name in cm && name in sec) problems.push(`${K8S_DIR}: ${name} is in both the ConfigMap and the Secret`);
      }
      for (const name of REQUIRED) {
        if (!String(cm[name] ?? sec[name] ?? '')) problems.push(`${K8S_DIR}: ${name} is required and empty`);
      }
      expect(problems).toEqual([]);
    });

    it('the ConfigMap values pass loadConfig (with stand-in secrets), and production needs the Secret', () => {
      const cm = configMap().data as Record<string, string>;
      const secrets = Object.fromEntries(Object.keys(secretData()).map((name) => [name, dummySecret(name)]));
      expect(configProblems(one('ConfigMap').file, { ...cm, ...secrets })).toEqual([]);
      expect(cm.NODE_ENV).toBe('production');
      // Without the Secret a production pod must refuse to start rather than run unsigned.
      expect(configProblems('configmap without secret', cm).join('\n')).toContain('JWT_SECRET');
    });

    it('workloads take their variables from that ConfigMap and Secret, and any env entry is a known variable', () => {
      const problems: string[] = [];
      const names = { configMapRef: one('ConfigMap').doc.metadata.name, secretRef: one('Secret').doc.metadata.name };
      for (const { file, doc } of [one('Deployment'), one('Job')]) {
        for (const c of doc.spec.template.spec.containers as Json[]) {
          for (const e of (c.env ?? []) as Json[]) {
            if (!KNOWN.has(e.name)) problems.push(`${file}: env ${e.name} is not a variable of CONFIG_VARIABLES`);
            if (isSecret(e.name) && e.value !== undefined) problems.push(`${file}: env ${e.name} is secret; take it from the Secret`);
          }
          for (const [ref, name] of Object.entries(names)) {
            if (!(c.envFrom ?? []).some((f: Json) => f[ref]?.name === name)) problems.push(`${file}: container ${c.name} lacks envFrom ${ref} ${name}`);
          }
        }
      }
      expect(problems).toEqual([]);
    });

    it('probes point at the health routes on the container port, which the Service and Ingress reach', () => {
      const { file } = one('Deployment');
      const c = container();
      const ports = (c.ports ?? []) as Json[];
      const portOf = (p: string | number) => (typeof p === 'number' ? p : ports.find((x) => x.name === p)?.containerPort);
      const problems: string[] = [];
      if (ports.length !== 1 || ports[0].containerPort !== port()) problems.push(`${file}: containerPort must equal PORT ${port()} of the ConfigMap`);
      const probes: [string, string][] = [
        ['readinessProbe', READY],
        ['livenessProbe', LIVE],
      ];
      for (const [probe, expected] of probes) {
        const get = c[probe]?.httpGet;
        if (get?.path !== expected) problems.push(`${file}: ${probe} must GET ${expected} (got ${get?.path})`);
        if (portOf(get?.port) !== port()) problems.push(`${file}: ${probe} port must be the container port ${port()}`);
      }
      if (c.startupProbe && !HEALTH_ROUTES.has(c.startupProbe.httpGet?.path)) problems.push(`${file}: startupProbe path ${c.startupProbe.httpGet?.path} is not a health route`);

      const service = one('Service');
      const labels = deployment().spec.template.metadata.labels as Record<string, string>;
      for (const [k, v] of Object.entries(service.doc.spec.selector as Record<string, string>)) {
        if (labels[k] !== v) problems.push(`${service.file}: selector ${k}=${v} does not match the Deployment's pods`);
      }
      for (const p of service.doc.spec.ports as Json[]) {
        if (portOf(p.targetPort) !== port()) problems.push(`${service.file}: targetPort ${p.targetPort} is not the container port ${port()}`);
      }
      const ingress = one('Ingress');
      for (const rule of ingress.doc.spec.rules as Json[]) {
        for (const path of rule.http.paths as Json[]) {
          const backend = path.backend.service;
          if (backend.name !== service.doc.metadata.name) problems.push(`${ingress.file}: backend ${backend.name} is not the Service`);
          if (!(service.doc.spec.ports as Json[]).some((p) => p.name === backend.port.name || p.port === backend.port.number)) {
            problems.push(`${ingress.file}: backend port ${JSON.stringify(backend.port)} is not a port of the Service`);
          }
        }
      }
      const host = new URL(configMap().data.PUBLIC_URL).host;
      if (!(ingress.doc.spec.rules as Json[]).some((r) => r.host === host)) problems.push(`${ingress.file}: no rule for PUBLIC_URL's host ${host}`);
      const metrics = deployment().spec.template.metadata.annotations ?? {};
      if (metrics['prometheus.io/scrape'] !== 'true' || Number(metrics['prometheus.io/port']) !== port() || !METRICS_ROUTES.has(metrics['prometheus.io/path'])) {
        problems.push(`${file}: the pod template needs prometheus.io scrape annotations for ${[...METRICS_ROUTES].join(', ')} on port ${port()}`);
      }
      expect(problems).toEqual([]);
    });

    it('run as non-root with a read-only root filesystem, outlive the graceful shutdown, and keep replicas through disruptions', () => {
      const { file } = one('Deployment');
      const problems: string[] = [];
      for (const { file: f, doc } of [one('Deployment'), one('Job')]) {
        const spec = doc.spec.template.spec;
        for (const c of spec.containers as Json[]) {
          const sc = { ...spec.securityContext, ...c.securityContext };
          if (sc.runAsNonRoot !== true || !(sc.runAsUser > 0)) problems.push(`${f}: ${c.name} must run as a numeric non-root user`);
          if (sc.readOnlyRootFilesystem !== true) problems.push(`${f}: ${c.name} needs readOnlyRootFilesystem`);
          if (sc.allowPrivilegeEscalation !== false) problems.push(`${f}: ${c.name} must not allow privilege escalation`);
          if (!c.resources?.requests || !c.resources?.limits) problems.push(`${f}: ${c.name} needs resource requests and limits`);
        }
      }
      if (!(podSpec().terminationGracePeriodSeconds > FORCED_EXIT_MS / 1000)) {
        problems.push(`${file}: terminationGracePeriodSeconds must exceed the API's ${FORCED_EXIT_MS / 1000} s shutdown`);
      }
      const replicaCount = deployment().spec.replicas as number;
      if (!(replicaCount >= 2)) problems.push(`${file}: run at least 2 replicas`);
      if (!String(secretData().REDIS_URL ?? '')) problems.push(`${one('Secret').file}: REDIS_URL is needed with more than one replica`);
      const hpa = one('HorizontalPodAutoscaler');
      if (hpa.doc.apiVersion !== 'autoscaling/v2') problems.push(`${hpa.file}: use autoscaling/v2`);
      if (hpa.doc.spec.scaleTargetRef.name !== deployment().metadata.name) problems.push(`${hpa.file}: scaleTargetRef is not the Deployment`);
      if (!(hpa.doc.spec.minReplicas >= 2)) problems.push(`${hpa.file}: minReplicas must be at least 2`);
      // Every replica opens DB_POOL_SIZE connections; PostgreSQL's default max_connections is 100.
      const pool = Number(configMap().data.DB_POOL_SIZE);
      if (!(hpa.doc.spec.maxReplicas * pool + pool < 100)) problems.push(`${hpa.file}: maxReplicas x DB_POOL_SIZE (+ the migration) must stay below 100 connections`);
      const pdb = one('PodDisruptionBudget');
      if (!(pdb.doc.spec.minAvailable >= 1 && pdb.doc.spec.minAvailable < replicaCount)) problems.push(`${pdb.file}: minAvailable must be at least 1 and below the replicas`);
      const labels = deployment().spec.template.metadata.labels as Record<string, string>;
      for (const [k, v] of Object.entries(pdb.doc.spec.selector.matchLabels as Record<string, string>)) {
        if (labels[k] !== v) problems.push(`${pdb.file}: selector ${k}=${v} does not match the Deployment's pods`);
      }
      expect(problems).toEqual([]);
    });

    it('the Ingress keeps WebSockets open and limits bodies, and the migration Job runs the same image', () => {
      const problems: string[] = [];
      const ingress = one('Ingress');
      const a = (ingress.doc.metadata.annotations ?? {}) as Record<string, string>;
      for (const name of ['proxy-read-timeout', 'proxy-send-timeout']) {
        if (!(Number(a[`nginx.ingress.kubernetes.io/${name}`]) >= 3600)) problems.push(`${ingress.file}: ${name} must be at least 3600 s for WebSockets`);
      }
      if (a['nginx.ingress.kubernetes.io/proxy-body-size'] !== '1m') problems.push(`${ingress.file}: proxy-body-size must be 1m, the API's limit`);
      const job = one('Job');
      const jobContainer = job.doc.spec.template.spec.containers[0] as Json;
      if (jobContainer.image !== container().image) problems.push(`${job.file}: image ${jobContainer.image} differs from the Deployment's ${container().image}`);
      if (job.doc.spec.template.spec.restartPolicy !== 'Never') problems.push(`${job.file}: restartPolicy must be Never`);
      const migrate = ['node', cliEntry(), 'migrate'];
      if (JSON.stringify(jobContainer.command) !== JSON.stringify(migrate)) problems.push(`${job.file}: command must be ${migrate.join(' ')}`);
      expect(problems).toEqual([]);
    });
  });

  describe('docker-compose', () => {
    it('has PostgreSQL 15, Redis 7, a migration and two API replicas with known variables', () => {
      const problems: string[] = [];
      if (!String(services.postgres?.image).startsWith('postgres:15')) problems.push(`${COMPOSE_FILE}: postgres must be postgres:15`);
      if (!String(services.redis?.image).startsWith('redis:7')) problems.push(`${COMPOSE_FILE}: redis must be redis:7`);
      if (!String(services.postgres?.healthcheck?.test).includes('pg_isready')) problems.push(`${COMPOSE_FILE}: postgres healthcheck must use pg_isready`);
      if (!String(services.redis?.healthcheck?.test).includes('ping')) problems.push(`${COMPOSE_FILE}: redis healthcheck must ping`);
      if (replicas.length < 2) problems.push(`${COMPOSE_FILE}: expected at least two API replicas, found ${replicas.map(([n]) => n).join(', ')}`);
      if (apiServices.filter(([, s]) => isMigration(s)).length !== 1) problems.push(`${COMPOSE_FILE}: expected one migrate service`);
      for (const [name, service] of apiServices) {
        const env = environment(service);
        for (const key of Object.keys(env)) {
          if (!KNOWN.has(key)) problems.push(`${COMPOSE_FILE}: ${name} sets ${key}, which is not a variable of CONFIG_VARIABLES`);
        }
        for (const key of REQUIRED) if (!env[key]) problems.push(`${COMPOSE_FILE}: ${name} must set the required ${key}`);
        const interpolated = Object.fromEntries(Object.entries(env).map(([k, v]) => [k, interpolate(v)]));
        problems.push(...configProblems(`${COMPOSE_FILE} (${name})`, interpolated));
        if (!interpolated.DATABASE_URL || !interpolated.REDIS_URL || !env.JWT_SECRET) problems.push(`${COMPOSE_FILE}: ${name} needs DATABASE_URL, REDIS_URL and JWT_SECRET`);
      }
      const digests = replicas.map(([, s]) => interpolate(environment(s).DIGEST_INTERVAL_SECONDS ?? CONFIG_VARIABLES.DIGEST_INTERVAL_SECONDS.default));
      if (!digests.includes('0') || digests.every((d) => d === '0')) problems.push(`${COMPOSE_FILE}: one replica should set DIGEST_INTERVAL_SECONDS=0 and at least one should send digests`);
      expect(problems).toEqual([]);
    });

    it('starts the replicas after a successful migration on healthy PostgreSQL and Redis, and outlives their shutdown', () => {
      const problems: string[] = [];
      const [migrateName, migrate] = apiServices.find(([, s]) => isMigration(s)) ?? [];
      if (migrate && JSON.stringify(migrate.command) !== JSON.stringify(['node', cliEntry(), 'migrate'])) {
        problems.push(`${COMPOSE_FILE}: migrate must run node ${cliEntry()} migrate`);
      }
      for (const [name, s] of replicas) {
        const deps = s.depends_on ?? {};
        const want: Record<string, string> = { postgres: 'service_healthy', redis: 'service_healthy' };
        if (migrateName) want[migrateName] = 'service_completed_successfully';
        for (const [dep, condition] of Object.entries(want)) {
          if (deps[dep]?.condition !== condition) problems.push(`${COMPOSE_FILE}: ${name} must depend on ${dep} with ${condition}`);
        }
        if (!(seconds(s.stop_grace_period ?? '10s') > FORCED_EXIT_MS / 1000)) problems.push(`${COMPOSE_FILE}: ${name} stop_grace_period must exceed the ${FORCED_EXIT_MS / 1000} s shutdown`);
      }
      for (const [name, s] of Object.entries(services)) {
        for (const path of JSON.stringify(s.healthcheck?.test ?? '').match(/\/health\/[\w-]+/g) ?? []) {
          if (!HEALTH_ROUTES.has(path)) problems.push(`${COMPOSE_FILE}: ${name} healthcheck calls ${path}, which the API does not serve`);
        }
      }
      expect(problems).toEqual([]);
    });

    it('the proxy spreads over every replica on its PORT and upgrades WebSockets', () => {
      const problems: string[] = [];
      const proxy = Object.entries(services).find(([, s]) => String(s.image).startsWith('nginx'));
      const mount = (proxy?.[1].volumes ?? []).map(String).find((v: string) => v.includes('nginx.conf')) ?? '';
      if (join('infra', mount.split(':')[0]) !== NGINX_FILE) problems.push(`${COMPOSE_FILE}: the nginx proxy must mount ${NGINX_FILE}`);
      const upstream = /upstream\s+\S+\s*\{([^}]*)\}/.exec(nginx)?.[1] ?? '';
      const servers = [...upstream.matchAll(/server\s+([\w.-]+):(\d+)/g)].map((m) => ({ host: m[1], port: m[2] }));
      for (const [name, s] of replicas) {
        const expected = interpolate(environment(s).PORT ?? CONFIG_VARIABLES.PORT.default);
        const server = servers.find((x) => x.host === name);
        if (!server) problems.push(`${NGINX_FILE}: upstream lacks replica ${name}`);
        else if (server.port !== expected) problems.push(`${NGINX_FILE}: upstream ${name}:${server.port} but ${name} listens on PORT ${expected}`);
      }
      for (const server of servers) {
        if (!replicas.some(([n]) => n === server.host)) problems.push(`${NGINX_FILE}: upstream ${server.host} is not an API replica of ${COMPOSE_FILE}`);
      }
      const socketPath = /path:\s*'([^']+)'/.exec(read('libs/api/realtime/src/lib/realtime.service.ts'))?.[1] ?? '/socket.io';
      const socketLocation = new RegExp(`location\\s+${socketPath.replace(/[.]/g, '\\.')}/?\\s*\\{([^}]*)\\}`).exec(nginx)?.[1];
      const checks: [boolean, string][] = [
        [/proxy_http_version\s+1\.1;/.test(nginx), 'proxy_http_version 1.1'],
        [/proxy_set_header\s+Upgrade\s+\$http_upgrade;/.test(nginx), 'proxy_set_header Upgrade $http_upgrade'],
        [/proxy_set_header\s+Connection\s+\$connection_upgrade;/.test(nginx), 'proxy_set_header Connection $connection_upgrade'],
        [/proxy_set_header\s+X-Forwarded-For\s/.test(nginx), 'proxy_set_header X-Forwarded-For'],
        [/proxy_set_header\s+X-Forwarded-Proto\s/.test(nginx), 'proxy_set_header X-Forwarded-Proto'],
        [/client_max_body_size\s+1m;/.test(nginx), 'client_max_body_size 1m'],
        [socketLocation !== undefined, `a location for ${socketPath}`],
        [seconds(/proxy_read_timeout\s+(\w+);/.exec(socketLocation ?? '')?.[1] ?? '') >= 3600, `proxy_read_timeout of an hour or more on ${socketPath}`],
        // Invitation, respondent and calendar-feed secrets are in paths: the access log shows a redacted path only.
        [!/log_format[^;]*\$(request|request_uri|uri|args|query_string)\b/.test(nginx), 'an access log without the raw request line, path or query (secrets in links)'],
        [['/uitnodiging/', '/invullen/', '/api/agenda/'].every((p) => new RegExp(`~\\^${p.replace(/\//g, '/')}\\s+${p.replace(/\//g, '/')}\\[verborgen\\]`).test(nginx)), 'the secret link paths mapped to [verborgen] for the log'],
      ];
      problems.push(...checks.filter(([ok]) => !ok).map(([, what]) => `${NGINX_FILE}: needs ${what}`));
      expect(problems).toEqual([]);
    });
  });

  describe('Dockerfile', () => {
    it('is multi-stage and runs non-root with a healthcheck on the live route, the API entry and only known variables', () => {
      const problems: string[] = [];
      if (stages.length < 2) problems.push(`${DOCKERFILE}: expected a multi-stage build`);
      const user = runtimeSteps('USER').at(-1)?.args.split(':')[0];
      if (!user || user === 'root' || user === '0') problems.push(`${DOCKERFILE}: the runtime stage must end with a non-root USER (got ${user ?? 'none'})`);
      const healthcheck = runtimeSteps('HEALTHCHECK')[0]?.args ?? '';
      const checked = [...healthcheck.matchAll(/'(\/[^']*)'/g)].map((m) => m[1]);
      if (checked.length !== 1 || checked[0] !== LIVE) problems.push(`${DOCKERFILE}: HEALTHCHECK must call ${LIVE} (got ${checked.join(', ') || 'nothing'})`);
      for (const key of Object.keys(dockerEnv)) {
        if (!KNOWN.has(key)) problems.push(`${DOCKERFILE}: ENV ${key} is not a variable of CONFIG_VARIABLES`);
        if (isSecret(key)) problems.push(`${DOCKERFILE}: ENV ${key} is secret and must not be baked into the image`);
      }
      const exposed = runtimeSteps('EXPOSE').map((s) => s.args.split('/')[0]);
      if (JSON.stringify(exposed) !== JSON.stringify([dockerEnv.PORT ?? CONFIG_VARIABLES.PORT.default])) problems.push(`${DOCKERFILE}: EXPOSE ${exposed.join(' ')} must equal ENV PORT`);
      if (dockerEnv.HOST !== '0.0.0.0' || dockerEnv.NODE_ENV !== 'production') problems.push(`${DOCKERFILE}: the runtime stage needs HOST=0.0.0.0 and NODE_ENV=production`);
      const cmd = execForm(runtimeSteps('CMD')[0]?.args ?? '[]');
      const main = sourceOf(cmd[1] ?? '');
      if (cmd[0] !== 'node' || main !== 'apps/api/src/main.ts') problems.push(`${DOCKERFILE}: CMD must be node <built apps/api/src/main.ts> (got ${cmd.join(' ')})`);
      const cli = sourceOf(cliEntry());
      if (!cli || !existsSync(join(ROOT, cli)) || !/case 'migrate'/.test(read(cli))) problems.push(`${DOCKERFILE}: ${cliEntry()} is not the built CLI with a migrate command`);
      // Only production dependencies reach the runtime stage.
      const modules = runtime.steps.find((s) => s.op === 'COPY' && /node_modules/.test(s.args));
      const from = /--from=(\S+)/.exec(modules?.args ?? '')?.[1];
      const depsStage = stages.find((s) => s.name === from);
      if (!depsStage?.steps.some((s) => s.op === 'RUN' && /npm ci\b.*--omit=dev/.test(s.args))) problems.push(`${DOCKERFILE}: node_modules must come from a stage that runs npm ci --omit=dev`);
      if (!runtime.steps.some((s) => s.op === 'COPY' && /--from=\S+\s+\/app\/dist\b/.test(s.args))) problems.push(`${DOCKERFILE}: the runtime stage must copy dist/ from the build stage`);
      const ignored = read('.dockerignore').split('\n').map((l) => l.trim());
      for (const entry of ['node_modules', 'dist', '.env', '.git']) if (!ignored.includes(entry)) problems.push(`.dockerignore: must list ${entry}`);
      expect(problems).toEqual([]);
    });

    it('drops only packages the server never imports', () => {
      const pruned = (depsStageRemovals() ?? []).map((p) => p.replace(/^node_modules\//, ''));
      expect(pruned.length).toBeGreaterThan(0);
      const problems: string[] = [];
      for (const file of serverSources()) {
        const source = read(file);
        for (const pkg of pruned) {
          if (new RegExp(`(from\\s+|require\\(|import\\()'${pkg.replace(/[./]/g, '\\$&')}(/[^']*)?'`).test(source)) {
            problems.push(`${DOCKERFILE}: removes ${pkg}, but ${file} imports it`);
          }
        }
      }
      expect(problems).toEqual([]);
    });
  });
});

/** The built CLI the migration runs: main.js's sibling cli.js. */
function cliEntry(): string {
  const main = execForm(runtimeSteps('CMD')[0]?.args ?? '[]')[1] ?? '';
  return main.replace(/main\.js$/, 'cli.js');
}

function depsStageRemovals(): string[] | undefined {
  const from = /--from=(\S+)/.exec(runtime.steps.find((s) => s.op === 'COPY' && /node_modules/.test(s.args))?.args ?? '')?.[1];
  const stage = stages.find((s) => s.name === from);
  return stage?.steps
    .filter((s) => s.op === 'RUN' && /^rm -rf /.test(s.args))
    .flatMap((s) => s.args.replace(/^rm -rf /, '').split(/\s+/))
    .filter((p) => p.startsWith('node_modules/'));
}

// Everything tsc compiles into dist/apps/api (tests excluded, as in apps/api/tsconfig.app.json).
function serverSources(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules' && path !== 'apps/api/src/test' && path !== 'libs/api/testing') walk(path);
      } else if (/\.ts$/.test(entry.name) && !/\.(int-)?spec\.ts$/.test(entry.name)) out.push(path);
    }
  };
  ['apps/api/src', 'libs/api', 'libs/shared'].forEach(walk);
  return out;
}
