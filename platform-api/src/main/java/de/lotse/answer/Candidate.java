package de.lotse.answer;

/** An entry the engine considered, with its normalised match score (0..1), for "why this answer" views. */
public record Candidate(String entryKey, double score) {}
