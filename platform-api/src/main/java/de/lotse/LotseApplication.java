package de.lotse;

import de.lotse.answer.evaluation.EvaluationCommand;
import de.lotse.stats.GenerateHistoryCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.scheduling.annotation.EnableScheduling;

// No in-memory users: citizens are anonymous and staff log in through Keycloak.
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
@ConfigurationPropertiesScan
@EnableScheduling
public class LotseApplication {

  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals("eval")) {
      // Offices test a knowledge base without a server: no Spring, no database.
      System.exit(EvaluationCommand.run(args, System.out));
    }
    if (args.length > 0 && args[0].equals("generate-history")) {
      // Demo and test data through the real tables and roll-up: needs the database.
      System.exit(GenerateHistoryCommand.run(args, LotseApplication.class, System.out));
    }
    SpringApplication.run(LotseApplication.class, args);
  }
}
