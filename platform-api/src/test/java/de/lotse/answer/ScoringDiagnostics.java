package de.lotse.answer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Development tool: writes the signals behind every candidate's confidence for a question set, so
 * that the confidence model and thresholds can be fitted offline. Arguments: KB QUESTIONS OUT.
 */
final class ScoringDiagnostics {

  private ScoringDiagnostics() {}

  public static void main(String[] args) throws IOException {
    JsonMapper json = JsonMapper.builder().build();
    try (AnswerEngine engine = new AnswerEngine()) {
      engine.replaceTenant("t", EvalData.knowledge(Path.of(args[0]), null));
      TenantIndex tenant = engine.tenant("t");
      List<String> lines = new ArrayList<>();
      for (EvalData.DevQuestion q : EvalData.questions(Path.of(args[1]))) {
        String language = tenant.detector().detect(q.question(), q.language());
        ObjectNode line = json.createObjectNode();
        line.put("id", q.id());
        line.put("expected", q.expected());
        line.put("written", q.written());
        line.put("detected", language);
        line.put("blank", q.question().isBlank());
        ArrayNode candidates = line.putArray("candidates");
        if (!q.question().isBlank()) {
          for (AnswerEngine.ScoredEntry s :
              engine.score(tenant, new Question(q.question(), q.language(), null), language)) {
            ObjectNode c = candidates.addObject();
            c.put("key", s.key());
            c.put("lang", s.language());
            c.put("bm25", s.bm25());
            c.put("conf", s.confidence());
            c.put("qr", s.coverage().questionRecall());
            c.put("er", s.coverage().entryRecall());
            ArrayNode r = c.putArray("sr");
            for (double v : s.coverage().sampleRecall()) {
              r.add(round(v));
            }
            ArrayNode p = c.putArray("sp");
            for (double v : s.coverage().samplePrecision()) {
              p.add(round(v));
            }
          }
        }
        lines.add(json.writeValueAsString(line));
      }
      Files.write(Path.of(args[2]), lines);
    }
  }

  private static double round(double v) {
    return Double.parseDouble(String.format(Locale.ROOT, "%.4f", v));
  }
}
