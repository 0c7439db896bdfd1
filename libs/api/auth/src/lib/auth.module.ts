import { createSecretKey } from 'node:crypto';
import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { APP_CONFIG, AppConfig } from '@kennislijn/api-core';
import { AuthGuard } from './auth.guard';
import { PasswordService } from './password.service';
import { TokenService } from './token.service';

@Global()
@Module({
  imports: [
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      // A KeyObject made once: with a string, jsonwebtoken builds a key on every verify (seen at ~4 % of CPU under load).
      useFactory: (config: AppConfig) => ({ secret: createSecretKey(Buffer.from(config.jwtSecret, 'utf8')) as unknown as string, signOptions: { algorithm: 'HS256', issuer: 'kennislijn' }, verifyOptions: { issuer: 'kennislijn' } }),
    }),
  ],
  providers: [TokenService, PasswordService, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [TokenService, PasswordService],
})
export class AuthModule {}
