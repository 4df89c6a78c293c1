package de.lotse.feedback;

import java.util.List;

/** One page of the inbox; {@code total} counts every group that matched. */
public record FeedbackGroupPage(List<FeedbackGroup> items, int page, int size, int total) {}
