/**
 * One Zod schema per content type. A file that breaks one fails the build with its path and the
 * reason (Astro reports both). Clause ids are checked against the real regulations, so an
 * unknown clause names the nearest valid one.
 */
import { z } from 'astro/zod';
import { canonicalClause, checkClause } from './lib/citation-resolver.ts';
import { isCalendarDate } from './lib/dates.ts';
import { resolvePlace } from './lib/divisions.ts';
import { SUBJECT_LABELS } from './lib/subjects.ts';
import { loadSiteIndex } from './plugins/site-index.ts';

/** Dates are written as YAML dates (2020-03-09) and kept as ISO strings: no time zone surprises. */
// Dates as written were checked to be calendar days before YAML parsed them (site-index.ts).
const isoDate = z.union([
  z.date().transform((d) => d.toISOString().slice(0, 10)),
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .refine(isCalendarDate, 'not a calendar date'),
]);

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
      .default({}),
    /** Said instead of dates when the source text states none (the 廉洁自律准则 copy): never invent one. */
    dateNote: z.string().optional(),
    status: z.enum(['现行有效', '已修订', '已废止']),
    supersededBy: z.string().optional(),
    /** Shown in the status banner of a text that is no longer current. */
    statusNote: z.string().optional(),
    order: z.number().int().positive(),
    structure: z.enum(['articles', 'parts']),
    /** For articles: the text opens with an unnumbered preamble (the 廉洁自律准则). */
    preamble: z.boolean().optional(),
    /** For part-structured documents: first words of the closing passage after the last part. */
    closing: z.string().optional(),
    /** A historical version names the work it belongs to (the current version's file id) … */
    work: z
      .string()
      .regex(/^[a-z][a-z0-9-]*$/)
      .optional(),
    /** … and its year; the current version of a work with several versions gives its year too. */
    version: z
      .union([z.number(), z.string()])
      .transform(String)
      .pipe(z.string().regex(/^\d{4}$/))
      .optional(),
    /** Notes of ours on single articles, shown under them (the 2018 条例's 第一百四十二条). */
    articleNotes: z.record(z.string().regex(/^\d+$/), z.string().min(4)).optional(),
    /** File in ../shared/sources the text was taken from. */
    source: z.string().regex(/\.md$/),
  })
  .refine((r) => r.status === '现行有效' || (r.supersededBy && r.statusNote), {
    message: 'a regulation that is not 现行有效 needs supersededBy and statusNote',
  })
  .refine((r) => !r.work || (r.version && r.status !== '现行有效'), {
    message: 'a historical version (work:) needs its version year and a status other than 现行有效',
    path: ['work'],
  })
  .refine((r) => Object.values(r.dates).some(Boolean) || r.dateNote, {
    message: 'at least one date is required, or a dateNote saying that the source states none',
    path: ['dates'],
  });

export type RegulationData = z.infer<typeof regulationSchema>;

/** A clause id that names a clause on the site; otherwise the reason and the nearest valid clause. */
const clauseRef = z
  .string()
  .superRefine((id, ctx) => {
    const problem = checkClause(id, loadSiteIndex().index);
    if (problem) ctx.addIssue({ code: 'custom', message: `${problem.reason}${problem.nearest ? ` (nearest valid clause: ${problem.nearest})` : ''}` });
  })
  // jilv-chufen@2023:74 names the current version; it is stored as jilv-chufen:74.
  .transform((id) => canonicalClause(id, loadSiteIndex().index));

/** The id of a regulation on the site (its current version), read from content/regulations. */
const regulationId = z.string().superRefine((id, ctx) => {
  const known = [...loadSiteIndex().index.regulations.keys()].filter((k) => !k.includes('@'));
  if (!known.includes(id)) ctx.addIssue({ code: 'custom', message: `no regulation "${id}" on the site (known: ${known.join(', ')})` });
});

/** 责任主体: only the labels of the one vocabulary in src/lib/subjects.ts. */
const subjects = z.array(z.enum(SUBJECT_LABELS)).min(1);

/** A published article the page draws on. `seed` names the file in ../shared/seeds it is kept as. */
const sourceSchema = z.object({
  seed: z
    .string()
    .regex(/^\d{3}$/)
    .optional(),
  publication: z.string().min(2),
  date: isoDate,
  title: z.string().min(2),
  author: z.string().optional(),
  page: z.string().optional(),
});

/** Plain text a reader sees: Chinese punctuation, no ASCII quotes or brackets around Chinese. */
const zhText = z
  .string()
  .min(2)
  .refine((t) => !/["']/.test(t), 'use Chinese quotation marks “…” instead of ASCII quotes')
  .refine((t) => !/[\u4e00-\u9fff][,;:?!]|[,;:?!][\u4e00-\u9fff]/.test(t), 'use full-width punctuation (，；：？！) in Chinese text');

export const interpretationSchema = z
  .object({
    regulation: regulationId,
    article: z.number().int().positive(),
    title: zhText,
    summary: zhText,
    subjects,
    points: z.array(zhText).min(3).max(5),
    related: z.array(clauseRef).max(8).default([]),
    sources: z.array(sourceSchema).default([]),
    /**
     * 对照检查 questions the study kit asks about this article, in our words. Each binds the
     * article's subjects unless it names its own, and concerns the article unless it names a clause.
     */
    selfCheck: z
      .array(
        z.object({
          q: zhText.refine((q) => /[？?]$/.test(q), 'a self-check question ends with ？'),
          subjects: z.array(z.enum(SUBJECT_LABELS)).min(1).optional(),
          clause: clauseRef.optional(),
        }),
      )
      .max(4)
      .default([]),
  })
  .superRefine((d, ctx) => {
    const problem = checkClause(`${d.regulation}:${d.article}`, loadSiteIndex().index);
    if (problem) ctx.addIssue({ code: 'custom', path: ['article'], message: problem.reason });
  });

export const caseSchema = z.object({
  title: zhText,
  summary: zhText,
  /** Only the levels the source names; the build derives the rest from the GB/T 2260 divisions. */
  region: z
    .object({ province: z.string().min(2).optional(), city: z.string().min(2).optional(), county: z.string().min(2).optional() })
    .superRefine((r, ctx) => {
      // Names as the source gives them; the province (and a county's city) is derived from GB/T 2260.
      const resolved = resolvePlace(r);
      if ('error' in resolved) ctx.addIssue({ code: 'custom', message: resolved.error });
    }),
  organization: z.string().min(2).optional(),
  /** Years the source states for the practice; empty when it states none. */
  years: z.array(z.number().int().min(1990).max(2100)).default([]),
  nature: z.enum(['实践做法', '对策建议']),
  subjects,
  tags: z.array(z.string().min(2)).min(1),
  clauses: z.array(clauseRef).min(1),
  /** Every number the page states, with its unit; `value + unit` must occur in the cited seed. */
  figures: z.array(z.object({ value: z.union([z.string(), z.number()]).transform(String), unit: z.string().min(1), label: z.string().min(1) })).default([]),
  sources: z.array(sourceSchema).min(1),
});

export const glossarySchema = z.object({
  term: z.string().min(2),
  aliases: z.array(z.string().min(2)).default([]),
  category: z.enum(['责任体系', '党内政治生活', '纪律与监督', '组织建设', '思想政治', '工作方法']),
  related: z.array(z.string().regex(/^[a-z0-9-]+$/)).default([]),
  sources: z.array(sourceSchema).default([]),
});

export const topicSchema = z.object({
  title: zhText,
  summary: zhText,
  /** Position in the topic list. */
  order: z.number().int().positive(),
  /** Who the topic is mainly for. */
  subjects,
  /** Clauses to read, in reading order, each with why. */
  readings: z.array(z.object({ clause: clauseRef, note: zhText })).min(3),
  /** Case ids (content/cases). */
  cases: z.array(z.string().regex(/^[a-z0-9-]+$/)).default([]),
  /** Glossary term ids. */
  terms: z.array(z.string().regex(/^[a-z0-9-]+$/)).default([]),
  /** 对照检查 questions, in our words. */
  questions: z.array(zhText.refine((q) => /[？?]$/.test(q), 'a self-check question ends with ？')).min(3),
  sources: z.array(sourceSchema).default([]),
});

export type TopicData = z.infer<typeof topicSchema>;
export type InterpretationData = z.infer<typeof interpretationSchema>;
export type CaseData = z.infer<typeof caseSchema>;
export type GlossaryData = z.infer<typeof glossarySchema>;
