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
      useFactory: (config: AppConfig) => ({ secret: config.jwtSecret, signOptions: { algorithm: 'HS256', issuer: 'kennislijn' }, verifyOptions: { issuer: 'kennislijn' } }),
    }),
  ],
  providers: [TokenService, PasswordService, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [TokenService, PasswordService],
})
export class AuthModule {}
