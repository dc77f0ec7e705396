// Stories as the database holds them: one node each, its slides one JSON string, a version that guards against two
// editors overwriting each other, every save audited.
import { randomUUID } from 'node:crypto';
import type { Viewer } from '../auth/tokens.js';
import { storyProblems, type Slide, type StoryInput } from '../../domain/story.js';
import type { Database } from '../db/database.js';
import { domainError, notFound, throwIfProblems } from '../db/errors.js';
import { toNumber } from '../db/values.js';
import { recordAudit } from './audit.js';

export interface Story extends StoryInput {
  id: string;
  version: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
}

function parseSlides(text: unknown): Slide[] {
  const parsed: unknown = JSON.parse(String(text ?? '[]'));
  return Array.isArray(parsed) ? (parsed as Slide[]) : [];
}

function toStory(value: unknown): Story {
  const row = value as Record<string, unknown>;
  return {
    id: String(row.id),
    title: String(row.title),
    slides: parseSlides(row.slides),
    version: toNumber(row.version),
    createdAt: String(row.createdAt),
    createdBy: String(row.createdBy),
    updatedAt: String(row.updatedAt),
    updatedBy: String(row.updatedBy),
  };
}

/** The story as it may be saved (refused with every problem named otherwise): the title trimmed, each slide's own fields. */
function checked(input: StoryInput): StoryInput {
  throwIfProblems(storyProblems(input), 'input');
  return { title: input.title.trim(), slides: input.slides.map(({ title, caption, view }) => ({ title, caption, view })) };
}

export async function findStory(db: Database, id: string): Promise<Story | null> {
  const [record] = await db.read('stories/by-id', { id });
  return record ? toStory(record.get('story')) : null;
}

export async function listStories(db: Database, first: number): Promise<Story[]> {
  return (await db.read('stories/all', { first })).map((record) => toStory(record.get('story')));
}

export async function createStory(db: Database, viewer: Viewer, input: StoryInput): Promise<Story> {
  const { title, slides } = checked(input);
  return db.writeTransaction(async (run) => {
    const id = `story/${randomUUID()}`;
    const [record] = await run('stories/create', {
      id,
      title,
      slides: JSON.stringify(slides),
      at: new Date().toISOString(),
      actor: viewer.name,
    });
    const created = toStory(record!.get('story'));
    await recordAudit(run, viewer, {
      action: 'createStory',
      targetId: id,
      summary: `created the story "${title}" (${slides.length} slides)`,
      entityIds: [],
      before: null,
      after: { title, slides },
    });
    return created;
  });
}

export async function updateStory(db: Database, viewer: Viewer, id: string, version: number, input: StoryInput): Promise<Story> {
  const { title, slides } = checked(input);
  return db.writeTransaction(async (run) => {
    const [record] = await run('stories/update', {
      id,
      version,
      title,
      slides: JSON.stringify(slides),
      at: new Date().toISOString(),
      actor: viewer.name,
    });
    if (!record) {
      const [current] = await run('stories/by-id', { id });
      if (!current) throw notFound('story', id, 'id');
      const now = toStory(current.get('story'));
      throw domainError(
        'CONFLICT',
        `The story "${now.title}" was saved by ${now.updatedBy} at ${now.updatedAt} (version ${now.version}) since you opened version ${version}; reload it and make your change again.`,
        { argument: 'version', version: now.version },
      );
    }
    const before = toStory(record.get('before'));
    await recordAudit(run, viewer, {
      action: 'updateStory',
      targetId: id,
      summary: `saved the story "${title}" (${slides.length} slides)`,
      entityIds: [],
      before: { title: before.title, slides: before.slides },
      after: { title, slides },
    });
    return toStory(record.get('story'));
  });
}

export async function deleteStory(db: Database, viewer: Viewer, id: string): Promise<boolean> {
  return db.writeTransaction(async (run) => {
    const [record] = await run('stories/delete', { id });
    if (!record) throw notFound('story', id, 'id');
    const before = toStory(record.get('before'));
    await recordAudit(run, viewer, {
      action: 'deleteStory',
      targetId: id,
      summary: `deleted the story "${before.title}"`,
      entityIds: [],
      before: { title: before.title, slides: before.slides },
      after: null,
    });
    return true;
  });
}
