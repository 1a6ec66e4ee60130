import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { caseSchema, glossarySchema, interpretationSchema, regulationSchema, topicSchema } from './schemas';

const regulations = defineCollection({
  loader: glob({ base: './content/regulations', pattern: '*.mdx' }),
  schema: regulationSchema,
});

const interpretations = defineCollection({
  loader: glob({ base: './content/interpretations', pattern: '*/*.mdx' }),
  schema: interpretationSchema,
});

const cases = defineCollection({
  loader: glob({ base: './content/cases', pattern: '*.mdx' }),
  schema: caseSchema,
});

const glossary = defineCollection({
  loader: glob({ base: './content/glossary', pattern: '*.mdx' }),
  schema: glossarySchema,
});

const topics = defineCollection({
  loader: glob({ base: './content/topics', pattern: '*.mdx' }),
  schema: topicSchema,
});

export const collections = { regulations, interpretations, cases, glossary, topics };
