package de.lotse.stats;

/**
 * The headline figures of one slice (an office or the pilot, a period or a whole range). Rates
 * are shares from 0 to 1 and null where their base is zero.
 *
 * @param conversations conversations opened (counted with their first question)
 * @param answered questions the bot answered with an entry
 * @param clarified questions answered with suggestions to pick from
 * @param fallbacks questions handed to the office's staff
 * @param helpfulRate helpful among rated questions
 * @param outsideOfficeHours questions asked while the office was closed
 * @param medianLatencyMs estimated from the latency histogram (bucket resolution)
 * @param contactsAvoided estimate: (answered − answered rated unhelpful) × factor, see README
 */
public record Figures(
    long conversations,
    long questions,
    long answered,
    long clarified,
    long fallbacks,
    Double answerRate,
    Double clarifyRate,
    Double fallbackRate,
    long helpful,
    long unhelpful,
    Double helpfulRate,
    long outsideOfficeHours,
    Double outsideOfficeHoursShare,
    Double medianLatencyMs,
    Double p95LatencyMs,
    long contactsAvoided) {}
