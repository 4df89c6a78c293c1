package de.lotse.knowledge;

import java.util.Map;

/** A category of an office's knowledge base, titled per language, in the office's order. */
public record CategoryView(String key, Map<String, String> titles, int position) {}
