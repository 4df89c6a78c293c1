package de.lotse.answer;

import java.util.ArrayList;
import java.util.List;

/**
 * Candidate roots of an inflected word that the analysis chain left as it is, most likely first.
 * Used for words the index does not know, and only a candidate the index knows is taken, so a
 * wrong guess costs nothing.
 */
@FunctionalInterface
interface InflectionRoots {

  InflectionRoots NONE = word -> List.of();

  List<String> candidates(String term);

  static InflectionRoots of(String language) {
    return switch (language) {
      case "de" -> new GermanVerbForms();
      // Letters as the analysis chain leaves them: Arabic letter forms for both (ي, ك, ا).
      case "ar" ->
        new ArabicVerbForms(new Clitics(
            // Lucene's Arabic stemmer strips "و" and the article; not the prepositions "ل", "ب",
            // "ك", the conjunction "ف", nor their combinations ("لصورة", "for the photo").
            List.of("وب", "ول", "وك", "فب", "فل", "ل", "ب", "ك", "ف"),
            // Possessive and object pronouns it leaves, and the "ت" of a feminine noun before one
            // ("حقيبتي", "my bag", stems to "حقيبت").
            List.of("هم", "هن", "كم", "كن", "نا", "ني", "ك", "ت")));
      case "fa" ->
        new Clitics(
            // Verb prefixes of the present and the subjunctive ("میکند"); not the negations, which
            // would make "I did not apply" the same as "I applied".
            List.of("مي", "ب"),
            // Person endings of verbs and pronoun suffixes of nouns ("همسرم", "my spouse").
            List.of(
                "هايم", "هايت", "هايش", "مان", "تان", "شان", "يم", "يد", "ند", "ام", "ات", "اش",
                "م", "ي", "ت", "ش", "د"));
      default -> NONE;
    };
  }

  /**
   * Words with a prefix, a suffix or both that the language's light stemmer leaves on; candidates
   * strip one prefix and/or one suffix, the shortest change first, and keep at least
   * {@value #MIN_ROOT} letters.
   */
  record Clitics(List<String> prefixes, List<String> suffixes) implements InflectionRoots {

    private static final int MIN_ROOT = 3;

    @Override
    public List<String> candidates(String word) {
      List<String> roots = new ArrayList<>();
      for (String suffix : suffixes) {
        addIfLongEnough(roots, word, "", suffix);
      }
      for (String prefix : prefixes) {
        addIfLongEnough(roots, word, prefix, "");
        for (String suffix : suffixes) {
          addIfLongEnough(roots, word, prefix, suffix);
        }
      }
      return roots;
    }

    private static void addIfLongEnough(
        List<String> roots, String word, String prefix, String suffix) {
      if (word.length() - prefix.length() - suffix.length() >= MIN_ROOT
          && word.startsWith(prefix)
          && word.endsWith(suffix)) {
        roots.add(word.substring(prefix.length(), word.length() - suffix.length()));
      }
    }
  }

  /**
   * Arabic verbs of three-letter roots. The light stemmer leaves the person prefix of the present
   * tense ("أجدد", "I renew") and the future or dialectal progressive prefix before it ("سأجدد",
   * "بجدد"); entries mostly use the verbal noun instead ("تجديد", "renewal"). Candidates are the
   * root (for the simple verb it is often the noun too: "يعمل" → "عمل", "work") and the verbal
   * nouns of the two most frequent derived forms (تفعيل, إفعال), after the clitics are stripped.
   */
  record ArabicVerbForms(Clitics clitics) implements InflectionRoots {

    /** Future "س" (MSA), and "ب"/"ح" of the Levantine and Egyptian present and future. */
    private static final String TENSE_PREFIXES = "سبح";

    private static final String PERSON_PREFIXES = "اينت";

    @Override
    public List<String> candidates(String word) {
      List<String> candidates = new ArrayList<>(clitics.candidates(word));
      List<String> stems = new ArrayList<>(candidates.size() + 1);
      stems.add(word);
      stems.addAll(candidates);
      for (String stem : stems) {
        String root = threeLetterRoot(stem);
        if (root != null) {
          char c1 = root.charAt(0);
          char c2 = root.charAt(1);
          char c3 = root.charAt(2);
          candidates.add(root);
          candidates.add("ت" + c1 + c2 + "ي" + c3);
          candidates.add("ا" + c1 + c2 + "ا" + c3);
        }
      }
      return candidates;
    }

    private static String threeLetterRoot(String stem) {
      if (stem.length() == 5
          && TENSE_PREFIXES.indexOf(stem.charAt(0)) >= 0
          && PERSON_PREFIXES.indexOf(stem.charAt(1)) >= 0) {
        return stem.substring(2);
      }
      if (stem.length() == 4 && PERSON_PREFIXES.indexOf(stem.charAt(0)) >= 0) {
        return stem.substring(1);
      }
      return stem.length() == 3 ? stem : null;
    }
  }

  /**
   * German verb forms. Lucene's German stemmers strip the endings of nouns and adjectives but not
   * those of verbs: "arbeitet", "gearbeitet" and "arbeiten" stay three terms, so a question that
   * says "mein Mann arbeitet hier" does not meet an entry about "Arbeit". Candidates come from
   * removing the participle's "ge" (also after a separable prefix: "abgelaufen" → "ablaufen"),
   * the "zu" of an infinitive ("abzuholen") and the personal and past endings.
   */
  final class GermanVerbForms implements InflectionRoots {

    private static final String[] SEPARABLE_PREFIXES = {
      "zuruck", "weiter", "heraus", "herein", "vorbei", "fest", "nach", "ab", "an", "auf", "aus",
      "bei", "ein", "mit", "vor", "weg", "zu", "um", "her", "hin", "los"
    };
    /** Longest first, so that "arbeitetest" tries "arbeit" before "arbeitete". */
    private static final String[] ENDINGS = {
      "test", "tet", "ten", "te", "est", "et", "st", "t", "en", "e", "n"
    };

    private static final int MIN_ROOT = 4;
    private static final int MIN_VERB = 3;

    @Override
    public List<String> candidates(String word) {
      List<String> stems = new ArrayList<>(3);
      stems.add(word);
      if (word.startsWith("ge") && word.length() >= MIN_ROOT + 3) {
        stems.add(word.substring(2));
      }
      for (String prefix : SEPARABLE_PREFIXES) {
        int inner = prefix.length();
        // The verb after the prefix may be short ("ab-zu-hol-en"); the prefix makes up the rest.
        if (word.length() >= inner + 2 + MIN_VERB
            && word.startsWith(prefix)
            && (word.startsWith("ge", inner) || word.startsWith("zu", inner))) {
          stems.add(prefix + word.substring(inner + 2));
        }
      }
      List<String> roots = new ArrayList<>();
      for (String stem : stems) {
        if (!stem.equals(word)) {
          roots.add(stem);
        }
        for (String ending : ENDINGS) {
          if (stem.endsWith(ending) && stem.length() - ending.length() >= MIN_ROOT) {
            roots.add(stem.substring(0, stem.length() - ending.length()));
          }
        }
      }
      return roots;
    }
  }
}
