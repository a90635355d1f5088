/**
 * Projects live while a file of theirs is open: a workspace of many tsconfigs (a monorepo, the
 * corpus's 327 projects) must not keep every program it ever opened (it took the server past a
 * 4 GB heap before projects were let go on close).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { Projects } from '../src/projects';
import { copyFixture } from './fixture';

const a = copyFixture('llm-service', 'projects-a');
const b = copyFixture('llm-service', 'projects-b');
afterAll(() => {
  for (const dir of [a, b]) fs.rmSync(dir, { recursive: true, force: true });
});

it('disposes a project when its last open file closes, and keeps the others', () => {
  const projects = new Projects({ get: () => undefined });
  const fileA = path.join(a, 'src/summariser.ts');
  const fileB = path.join(b, 'src/summariser.ts');
  const projectA = projects.of(fileA)!;
  const projectB = projects.of(fileB)!;
  expect(projectA).not.toBe(projectB);
  expect([...projects.all()]).toHaveLength(2);
  projects.closed(fileA);
  expect([...projects.all()]).toEqual([projectB]);
  // reopened: a new project, analysed as before
  const again = projects.of(fileA)!;
  expect(again).not.toBe(projectA);
  expect(again.analyse().analysis.plans.map((p) => p.plan.id)).toEqual(['Summariser.summarise']);
  projects.dispose();
});
