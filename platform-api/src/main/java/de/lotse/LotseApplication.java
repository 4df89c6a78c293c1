package de.lotse;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class LotseApplication {

  public static void main(String[] args) {
    SpringApplication.run(LotseApplication.class, args);
  }
}
