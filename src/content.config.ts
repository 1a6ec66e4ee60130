import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

/** Dates are written as YAML dates (2020-03-09) and kept as ISO strings: no time zone surprises. */
const isoDate = z.union([z.date().transform((d) => d.toISOString().slice(0, 10)), z.string().regex(/^\d{4}-\d{2}-\d{2}$/)]);

export const regulationSchema = z
  .object({
    title: z.string().min(4),
    shortTitle: z.string().min(2),
    /** Names a reader or another document uses for it, without 《》: 规定, 主体责任规定 … */
    aliases: z.array(z.string().min(2)).default([]),
    category: z.enum(['准则', '条例', '规定', '办法', '意见']),
    issuer: z.string().optional(),
    /** The adoption and publication note printed under the title, verbatim from the source. */
    note: z.string().optional(),
    dates: z
      .object({
        adopted: isoDate.optional(),
        approved: isoDate.optional(),
        revised: isoDate.optional(),
        published: isoDate.optional(),
        effective: isoDate.optional(),
      })
      .refine((d) => Object.values(d).some(Boolean), 'at least one date is required'),
    status: z.enum(['现行有效', '已修订', '已废止']),
    supersededBy: z.string().optional(),
    /** Shown in the status banner of a text that is no longer current. */
    statusNote: z.string().optional(),
    order: z.number().int().positive(),
    structure: z.enum(['articles', 'parts']),
    /** For part-structured documents: first words of the closing passage after the last part. */
    closing: z.string().optional(),
    /** File in ../shared/sources the text was taken from. */
    source: z.string().regex(/\.md$/),
  })
  .refine((r) => r.status === '现行有效' || (r.supersededBy && r.statusNote), {
    message: 'a regulation that is not 现行有效 needs supersededBy and statusNote',
  });

export type RegulationData = z.infer<typeof regulationSchema>;

const regulations = defineCollection({
  loader: glob({ base: './content/regulations', pattern: '*.mdx' }),
  schema: regulationSchema,
});

export const collections = { regulations };
