// What the page asks of the server about stories: open one, list them, save, delete.
import type { StoryInput } from '../../domain/story.js';
import { graphql } from './api.js';
import type * as Schema from './generated/schema.js';

export type StoryData = Pick<Schema.Story, 'id' | 'title' | 'version' | 'updatedAt' | 'updatedBy'> & { slides: Schema.Slide[] };
export type StorySummary = Pick<Schema.Story, 'id' | 'title' | 'updatedAt' | 'updatedBy'> & { slides: Pick<Schema.Slide, 'title'>[] };

const STORY = 'id title version updatedAt updatedBy slides { title caption view }';

export async function openStory(id: string): Promise<StoryData | null> {
  const data = await graphql<{ story: StoryData | null }>(`query Story($id: ID!) { story(id: $id) { ${STORY} } }`, {
    id,
  } satisfies Schema.QueryStoryArgs);
  return data.story;
}

export async function listStories(): Promise<StorySummary[]> {
  const data = await graphql<{ stories: StorySummary[] }>(
    'query Stories { stories { id title updatedAt updatedBy slides { title } } }',
    {},
  );
  return data.stories;
}

export async function saveStory(id: string | null, version: number, input: StoryInput): Promise<StoryData> {
  if (id === null) {
    const data = await graphql<{ createStory: StoryData }>(
      `mutation CreateStory($input: StoryInput!) { createStory(input: $input) { ${STORY} } }`,
      { input } satisfies Schema.MutationCreateStoryArgs,
    );
    return data.createStory;
  }
  const data = await graphql<{ updateStory: StoryData }>(
    `mutation UpdateStory($id: ID!, $version: Int!, $input: StoryInput!) { updateStory(id: $id, version: $version, input: $input) { ${STORY} } }`,
    { id, version, input } satisfies Schema.MutationUpdateStoryArgs,
  );
  return data.updateStory;
}

export async function removeStory(id: string): Promise<void> {
  await graphql<{ deleteStory: boolean }>('mutation DeleteStory($id: ID!) { deleteStory(id: $id) }', {
    id,
  } satisfies Schema.MutationDeleteStoryArgs);
}
