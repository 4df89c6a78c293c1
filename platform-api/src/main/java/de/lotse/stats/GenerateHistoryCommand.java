package de.lotse.stats;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar platform-api.jar generate-history [--offices N] [--months M | --days D]
 * [--questions-per-day Q] [--seed S] [--replace]}: fills the configured database (LOTSE_DB_URL …)
 * with a generated history through {@link HistoryGenerator} and exits. Starts the whole platform
 * (its web server on a free port nobody is told about: the security configuration is part of the
 * web application), so migrations, offices and the roll-up are the real ones.
 */
public final class GenerateHistoryCommand {

  static final String USAGE = """
      usage: generate-history [--offices N] [--months M | --days D] [--questions-per-day Q]
                              [--seed S] [--replace]
        --offices N            offices to fill, 1..200 (default 4): rosenheim, musterstadt,
                               augsburg, traunstein, regensburg, passau, wuerzburg, erding,
                               then amt-009, amt-010 …; missing ones are created with the
                               demo knowledge base
        --months M             months of history up to now (default 6)
        --days D               days of history instead of months
        --questions-per-day Q  daily questions of a mid-sized office at full adoption (default 250)
        --seed S               random seed (default 7): the same seed gives the same history
        --replace              delete the offices' conversations and aggregates in the range first
      Never run it against a production database: it writes made-up conversations.""";

  private GenerateHistoryCommand() {}

  public static int run(String[] args, Class<?> application, PrintStream out) {
    HistoryGenerator.Options options;
    try {
      options = parse(args, LocalDate.now(StatsRange.ZONE));
    } catch (IllegalArgumentException e) {
      out.println(e.getMessage());
      out.println(USAGE);
      return 2;
    }
    SpringApplication spring = new SpringApplication(application);
    spring.setDefaultProperties(Map.of("spring.main.banner-mode", "off", "server.port", "0"));
    try (ConfigurableApplicationContext context = spring.run()) {
      List<HistoryGenerator.Generated> generated =
          context.getBean(HistoryGenerator.class).generate(options);
      for (HistoryGenerator.Generated g : generated) {
        out.printf(
            "%-12s %9d questions %8d conversations %6d hours rolled up%n",
            g.office(), g.questions(), g.conversations(), g.hours());
      }
      return 0;
    } catch (IllegalStateException e) {
      out.println("generate-history: " + e.getMessage());
      return 1;
    }
  }

  static HistoryGenerator.Options parse(String[] args, LocalDate today) {
    int offices = 4;
    int days = (int) ChronoUnit.DAYS.between(today.minusMonths(6), today);
    int perDay = 250;
    long seed = 7;
    boolean replace = false;
    for (int i = 1; i < args.length; i++) {
      String name = args[i];
      if (name.equals("--replace")) {
        replace = true;
        continue;
      }
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException(name + " needs a value");
      }
      String value = args[++i];
      try {
        switch (name) {
          case "--offices" -> offices = Integer.parseInt(value);
          case "--months" ->
            days = (int) ChronoUnit.DAYS.between(today.minusMonths(Integer.parseInt(value)), today);
          case "--days" -> days = Integer.parseInt(value);
          case "--questions-per-day" -> perDay = Integer.parseInt(value);
          case "--seed" -> seed = Long.parseLong(value);
          default -> throw new IllegalArgumentException("unknown option " + name);
        }
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(name + " needs a number, not \"" + value + "\"");
      }
    }
    return new HistoryGenerator.Options(offices, days, perDay, seed, replace);
  }
}
