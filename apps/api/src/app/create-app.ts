import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import type { NextFunction, Request, Response } from 'express';
import express from 'express';
import helmet from 'helmet';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger as Pino } from 'pino';
import pinoHttp from 'pino-http';
import { AppConfig, createRootLogger, languageFrom, PinoNestLogger, redactUrl, requestIdMiddleware } from '@kennislijn/api-core';
import { AppModule } from './app.module';

const API_PREFIXES = ['/graphql', '/health', '/socket.io', '/metrics', '/api'];

export interface CreatedApp {
  app: NestExpressApplication;
  logger: Pino;
}

/** Builds the whole API (and the built web app on the same port) for main.ts and the integration tests. */
export async function createApp(config: AppConfig): Promise<CreatedApp> {
  const logger = createRootLogger(config.logLevel);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    logger: new PinoNestLogger(logger),
    bodyParser: false,
    // Throw instead of exiting, so main.ts and tests decide what a failed start means.
    abortOnError: false,
  });
  app.set('trust proxy', config.trustProxy);
  app.disable('x-powered-by');
  app.use(requestIdMiddleware({ serverTiming: config.nodeEnv !== 'production' }));
  app.use(
    pinoHttp({
      logger,
      genReqId: (req) => (req as Request & { id: string }).id,
      // Probes and Prometheus scrapes every few seconds would drown the log.
      autoLogging: { ignore: (req) => /^\/(health|metrics)(\/|\?|$)/.test(req.url ?? '') },
      customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : 'info'),
      // No headers (cookies, tokens) and no secrets from invitation, respondent or calendar-feed URLs.
      serializers: { req: (req) => ({ method: req.method, url: redactUrl(req.url) }), res: (res) => ({ statusCode: res.statusCode }) },
    }),
  );
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          // Only the app's own files: no inline scripts, no eval, no inline event handlers (security.int-spec.ts).
          scriptSrc: ["'self'"],
          scriptSrcAttr: ["'none'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          fontSrc: ["'self'", 'data:'],
          // 'self' covers the same origin's ws:// and wss:// (CSP level 3); sockets to other hosts stay blocked.
          connectSrc: ["'self'"],
          frameAncestors: ["'none'"],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
        },
      },
      crossOriginEmbedderPolicy: false,
    }),
  );
  app.use(express.json({ limit: '1mb' }));
  app.use(bodyErrors);
  app.use(cookieParser());
  app.enableCors(
    config.corsOrigins.length
      ? { origin: config.corsOrigins, credentials: true }
      : { origin: false },
  );
  serveWebApp(app, config);
  await app.init();
  return { app, logger };
}

// A body that is not JSON or too large gets a clear coded error, never Express's HTML page with a stack.
function bodyErrors(err: { status?: number; type?: string } | undefined, req: Request, res: Response, next: NextFunction): void {
  if (!err) return next();
  const tooLarge = err.type === 'entity.too.large';
  const en = languageFrom(req.headers['accept-language']) === 'en';
  res.status(tooLarge ? 413 : 400).json({
    errors: [
      {
        message: tooLarge
          ? en ? 'The request is too large (at most 1 MB).' : 'Het verzoek is te groot (hoogstens 1 MB).'
          : en ? 'The request is not valid JSON.' : 'Het verzoek is geen geldige JSON.',
        extensions: { code: 'BAD_USER_INPUT', requestId: (req as Request & { id?: string }).id },
      },
    ],
  });
}

// The built React app is served from the same origin, so cookies and CSP stay simple.
function serveWebApp(app: NestExpressApplication, config: AppConfig): void {
  const index = join(config.webDistDir, 'index.html');
  if (!existsSync(index)) return;
  app.use(express.static(config.webDistDir, { index: false, maxAge: '1h', setHeaders: immutableAssets }));
  app.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || API_PREFIXES.some((p) => req.path.startsWith(p)) || /\.[a-z0-9]+$/i.test(req.path)) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}

function immutableAssets(res: Response, path: string): void {
  if (path.includes(`${'/'}assets${'/'}`)) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
}
