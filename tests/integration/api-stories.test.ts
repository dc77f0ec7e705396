import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../server/app.js';
import { createToken } from '../../server/auth/tokens.js';
import type { Database } from '../../server/db/database.js';
import { connectToTestDatabase, countIn, graphqlAs, type GraphQLBody } from './helpers.js';

// Stories are kept on the server: editors save them, anyone who may read opens them by id; two editors never
// overwrite each other silently; bad input is refused whole, naming where; every save is audited.
const run = Math.random().toString(36).slice(2, 8);
const STORY = 'id title version createdBy updatedBy slides { title caption view }';
type StoryData = {
  id: string;
  title: string;
  version: number;
  createdBy: string;
  updatedBy: string;
  slides: { title: string; caption: string; view: string }[];
};

const slides = [
  { title: '2017: the dissolution', caption: 'The court dissolves the KNPRK.', view: 'roots=organisation%2Fknprk&from=2017-01&to=2017-12' },
  { title: 'The leaders on trial', caption: '', view: 'roots=person%2Flarisa-kharkova&layout=timeline' },
  { title: 'What the ILO said', caption: 'Convention 87.', view: 'roots=instrument%2Filo-convention-87' },
];

describe('stories: saved on the server, opened by id', () => {
  let db: Database;
  let app: App;
  const tokens: Record<'reader' | 'editor' | 'admin', string> = { reader: '', editor: '', admin: '' };
  const gql = <T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}, token: string | null = null) =>
    graphqlAs<T>(app, token, query, variables) as Promise<GraphQLBody<T>>;
  const create = (input: unknown, token = tokens.editor) =>
    gql<{ createStory: StoryData }>(`mutation($input: StoryInput!) { createStory(input: $input) { ${STORY} } }`, { input }, token);
  const update = (id: string, version: number, input: unknown, token = tokens.editor) =>
    gql<{ updateStory: StoryData }>(
      `mutation($id: ID!, $version: Int!, $input: StoryInput!) { updateStory(id: $id, version: $version, input: $input) { ${STORY} } }`,
      { id, version, input },
      token,
    );
  const open = (id: string) => gql<{ story: StoryData | null }>(`query($id: ID!) { story(id: $id) { ${STORY} } }`, { id });
  const storyCount = () => countIn(db, 'MATCH (s:Story) WHERE s.title ENDS WITH $run RETURN count(s)', { run });

  beforeAll(async () => {
    db = connectToTestDatabase();
    app = createApp({ db });
    for (const role of ['reader', 'editor', 'admin'] as const) tokens[role] = (await createToken(db, `${role}-${run}`, role)).token;
  });

  afterAll(async () => {
    const session = db.driver.session();
    await session.run('MATCH (n) WHERE n.title ENDS WITH $run OR n.name ENDS WITH $run OR n.actor ENDS WITH $run DETACH DELETE n', { run });
    await session.close();
    await db.driver.close();
  });

  it('saves a three-slide story that a reader without a token opens by id, slides in order', async () => {
    const created = await create({ title: `The campaign ${run}`, slides });
    expect(created.errors).toBeUndefined();
    const story = created.data!.createStory;
    expect(story.id).toMatch(/^story\//);
    expect(story.version).toBe(1);
    expect(story.createdBy).toBe(`editor-${run}`);
    const opened = await open(story.id);
    expect(opened.errors).toBeUndefined();
    expect(opened.data!.story!.slides).toEqual(slides);
    const listed = await gql<{ stories: { id: string }[] }>('{ stories { id } }');
    expect(listed.data!.stories.map((s) => s.id)).toContain(story.id);
  });

  it('edits by version: reorder, retitle, then refuses a save from an older version with CONFLICT, losing nothing', async () => {
    const story = (await create({ title: `Versions ${run}`, slides })).data!.createStory;
    const reordered = [slides[2]!, slides[0]!, { ...slides[1]!, title: 'Renamed' }];
    const saved = await update(story.id, 1, { title: `Versions ${run}`, slides: reordered });
    expect(saved.errors).toBeUndefined();
    expect(saved.data!.updateStory.version).toBe(2);
    const stale = await update(story.id, 1, { title: `Versions ${run}`, slides: [] });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(stale.errors?.[0]?.message).toContain('version 2');
    expect((await open(story.id)).data!.story!.slides).toEqual(reordered);
  });

  it('lets only editors and admins write, and says why to the others', async () => {
    const anonymous = await create({ title: `Anonymous ${run}`, slides }, '');
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const reader = await create({ title: `Reader ${run}`, slides }, tokens.reader);
    expect(reader.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(reader.errors?.[0]?.message).toContain('editor or admin');
    expect(
      await countIn(db, 'MATCH (s:Story) WHERE s.title IN $titles RETURN count(s)', { titles: [`Anonymous ${run}`, `Reader ${run}`] }),
    ).toBe(0);
  });

  it('refuses bad input whole, naming the slide and the field, and writes nothing', async () => {
    const before = await storyCount();
    const bad = await create({
      title: `Bad ${run}`,
      slides: [slides[0], { title: 'ok', caption: 'a\u0007bell', view: 'roots=x' }, { title: '', caption: '', view: 'has space' }],
    });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const message = bad.errors?.[0]?.message ?? '';
    expect(message).toMatch(/slide 2|SlideInput\.caption|caption/);
    const empty = await create({ title: '   ', slides });
    expect(empty.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(empty.errors?.[0]?.message).toContain('the title is empty');
    const spaced = await create({ title: `Spaced ${run}`, slides: [{ title: '', caption: '', view: 'has space' }] });
    expect(spaced.errors?.[0]?.message).toContain('slide 1: the view must be an encoded view');
    expect(await storyCount()).toBe(before);
  });

  it('audits every save and deletion with what the story held, and forgets a deleted story', async () => {
    const story = (await create({ title: `Audited ${run}`, slides })).data!.createStory;
    await update(story.id, 1, { title: `Audited ${run}`, slides: slides.slice(0, 1) });
    const deleted = await gql<{ deleteStory: boolean }>('mutation($id: ID!) { deleteStory(id: $id) }', { id: story.id }, tokens.editor);
    expect(deleted.data?.deleteStory).toBe(true);
    expect((await open(story.id)).data!.story).toBeNull();
    const again = await gql('mutation($id: ID!) { deleteStory(id: $id) }', { id: story.id }, tokens.editor);
    expect(again.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const log = await gql<{ auditLog: { action: string; before: string | null }[] }>(
      'query($id: ID!) { auditLog(targetId: $id) { action before } }',
      { id: story.id },
      tokens.admin,
    );
    expect(log.errors).toBeUndefined();
    expect(log.data!.auditLog.map((r) => r.action).sort()).toEqual(['createStory', 'deleteStory', 'updateStory']);
    const deletion = log.data!.auditLog.find((r) => r.action === 'deleteStory')!;
    expect(JSON.parse(deletion.before!).slides).toHaveLength(1);
  });
});
