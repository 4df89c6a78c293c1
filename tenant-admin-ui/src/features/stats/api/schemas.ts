import { z } from 'zod';

// The platform's statistics (de.lotse.stats): rates are shares 0..1 and null where their base is
// zero; days are those of Europe/Berlin. Only the fields the screens show are checked.

export const figuresSchema = z.object({
  conversations: z.number(),
  questions: z.number(),
  answered: z.number(),
  clarified: z.number(),
  fallbacks: z.number(),
  answerRate: z.number().nullable(),
  clarifyRate: z.number().nullable(),
  fallbackRate: z.number().nullable(),
  helpful: z.number(),
  unhelpful: z.number(),
  helpfulRate: z.number().nullable(),
  outsideOfficeHours: z.number(),
  outsideOfficeHoursShare: z.number().nullable(),
  medianLatencyMs: z.number().nullable(),
  p95LatencyMs: z.number().nullable(),
  contactsAvoided: z.number(),
});
export type Figures = z.infer<typeof figuresSchema>;

export const periodSchema = z.object({
  start: z.string(),
  end: z.string(),
  partial: z.boolean(),
  figures: figuresSchema,
});
export type Period = z.infer<typeof periodSchema>;

export const sliceSchema = z.object({
  key: z.string(),
  questions: z.number(),
  share: z.number().nullable(),
  answerRate: z.number().nullable(),
  fallbackRate: z.number().nullable(),
  helpfulRate: z.number().nullable(),
});
export type Slice = z.infer<typeof sliceSchema>;

export const loadSchema = z.object({
  byWeekday: z.array(z.object({ weekday: z.string(), hours: z.array(z.number()), questions: z.number() })),
  byHourOfDay: z.array(z.number()),
  outsideOfficeHours: z.number(),
  outsideOfficeHoursShare: z.number().nullable(),
});
export type Load = z.infer<typeof loadSchema>;

export const contactsAvoidedSchema = z.object({ estimate: z.number(), factor: z.number(), formula: z.string() });

export const granularities = ['day', 'week', 'month'] as const;
export type Granularity = (typeof granularities)[number];

export const officeStatsSchema = z.object({
  office: z.string(),
  displayName: z.string(),
  from: z.string(),
  to: z.string(),
  granularity: z.enum(granularities),
  rolledUpAt: z.string().nullable(),
  totals: figuresSchema,
  periods: z.array(periodSchema),
  languages: z.array(sliceSchema),
  categories: z.array(sliceSchema),
  entries: z.array(
    z.object({
      entryKey: z.string(),
      /** In the office's default language; null when the knowledge base no longer has the entry. */
      title: z.string().nullable(),
      category: z.string().nullable(),
      answered: z.number(),
      helpful: z.number(),
      unhelpful: z.number(),
      helpfulRate: z.number().nullable(),
    }),
  ),
  load: loadSchema,
  contactsAvoided: contactsAvoidedSchema,
  topics: z.object({
    coveredFrom: z.string().nullable(),
    unanswered: z.array(
      z.object({
        label: z.string(),
        questions: z.number(),
        conversations: z.number(),
        languages: z.array(z.string()),
        examples: z.array(z.string()),
      }),
    ),
  }),
});
export type OfficeStats = z.infer<typeof officeStatsSchema>;

export const perThousandSchema = z.object({
  conversations: z.number().nullable(),
  answered: z.number().nullable(),
  clarified: z.number().nullable(),
  fallbacks: z.number().nullable(),
  helpful: z.number().nullable(),
  unhelpful: z.number().nullable(),
  outsideOfficeHours: z.number().nullable(),
  contactsAvoided: z.number().nullable(),
});

export const pilotStatsSchema = z.object({
  from: z.string(),
  to: z.string(),
  granularity: z.enum(granularities),
  totals: figuresSchema,
  perThousandQuestions: perThousandSchema,
  periods: z.array(periodSchema),
  languages: z.array(sliceSchema),
  categories: z.array(sliceSchema),
  load: loadSchema,
  contactsAvoided: contactsAvoidedSchema,
  offices: z.array(
    z.object({
      office: z.string(),
      displayName: z.string(),
      totals: figuresSchema,
      perThousandQuestions: perThousandSchema,
      periods: z.array(periodSchema),
    }),
  ),
  topics: z.object({
    minimumConversations: z.number(),
    coveredFrom: z.string().nullable(),
    unanswered: z.array(
      z.object({
        words: z.array(z.string()),
        questions: z.number(),
        conversations: z.number(),
        offices: z.array(z.string()),
      }),
    ),
  }),
});
export type PilotStats = z.infer<typeof pilotStatsSchema>;

/** The period a screen shows; empty dates leave the platform's default (the last 30 days). */
export interface StatsPeriod {
  from?: string;
  to?: string;
  granularity: Granularity;
}
