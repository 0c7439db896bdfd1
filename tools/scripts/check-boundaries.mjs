// Proves the module-boundary lint rule is real: a web file importing @nestjs/common must fail lint.
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { env } from './lib.mjs';

const probes = [
  { file: 'apps/web/src/__boundary_probe__.ts', source: "import { Injectable } from '@nestjs/common';\nexport const probe = Injectable;\n" },
  { file: 'libs/shared/domain/src/__boundary_probe__.ts', source: "import { Entity } from 'typeorm';\nexport const probe = Entity;\n" },
  { file: 'libs/api/core/src/__boundary_probe__.ts', source: "import { useState } from 'react';\nexport const probe = useState;\n" },
];
let failed = false;
for (const { file, source } of probes) {
  writeFileSync(file, source);
  try {
    const result = spawnSync('npx', ['eslint', '--no-warn-ignored', file], { encoding: 'utf8', env });
    const caught = result.status !== 0 && result.stdout.includes('@nx/enforce-module-boundaries');
    process.stdout.write(`${caught ? 'ok  ' : 'FAIL'} ${file} is ${caught ? '' : 'NOT '}rejected by @nx/enforce-module-boundaries\n`);
    if (!caught) failed = true;
  } finally {
    rmSync(file, { force: true });
  }
}
process.exit(failed ? 1 : 0);
