package de.lotse.stats;

import java.time.LocalDate;

/**
 * The figures of one period: a day, a week (Monday to Sunday) or a month in Europe/Berlin.
 *
 * @param start first day of the period within the requested range
 * @param end last day (included) within the requested range
 * @param partial the period reaches beyond the range, so it was cut
 */
public record PeriodFigures(LocalDate start, LocalDate end, boolean partial, Figures figures) {}
