package de.lotse.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PiiScrubberTests {

  private static final PiiScrubber SCRUBBER = new PiiScrubber();

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void replacesNamesIntroducedByGermanCues(String question, String expected) {
    assertThat(SCRUBBER.scrub(question).text()).isEqualTo(expected);
  }

  static Stream<Arguments> replacesNamesIntroducedByGermanCues() {
    return Stream.of(
        arguments(
            "Mein Name ist Ahmad Karimi und ich habe eine Frage zur Blauen Karte.",
            "Mein Name ist [NAME] und ich habe eine Frage zur Blauen Karte."),
        arguments(
            "Ich heiße Fatima, meine Tochter heißt Lina.",
            "Ich heiße [NAME], meine Tochter heißt [NAME]."),
        arguments("Ich heisse Jana Nováková.", "Ich heisse [NAME]."),
        arguments(
            "ich heiße ahmad karimi wie lange dauert das?",
            "ich heiße [NAME] wie lange dauert das?"),
        arguments(
            "Hallo, ich bin Ahmad und wohne in Rosenheim.",
            "Hallo, ich bin [NAME] und wohne in Rosenheim."),
        arguments(
            "Meine Frau Fatima ist schwanger, bekommt sie Elterngeld?",
            "Meine Frau [NAME] ist schwanger, bekommt sie Elterngeld?"),
        arguments("Mein Sohn Ali ist 5 Jahre alt.", "Mein Sohn [NAME] ist 5 Jahre alt."),
        arguments(
            "Meine Frau, Fatima Ahmadi, hat einen Antrag gestellt.",
            "Meine Frau, [NAME], hat einen Antrag gestellt."),
        arguments("Meine Kinder heißen Ali und Sara.", "Meine Kinder heißen [NAME] und [NAME]."),
        arguments(
            "Ich habe mit Frau Müller gesprochen, sie sagte 100 € Gebühr.",
            "Ich habe mit Frau [NAME] gesprochen, sie sagte 100 € Gebühr."),
        arguments(
            "Sehr geehrte Frau Dr. Schneider, danke.", "Sehr geehrte Frau Dr. [NAME], danke."),
        arguments(
            "Herr und Frau Yilmaz haben einen Termin.", "Herr und Frau [NAME] haben einen Termin."),
        arguments(
            "Name: Ahmad Karimi, Vorname: Ahmad, Nachname: Karimi",
            "Name: [NAME], Vorname: [NAME], Nachname: [NAME]"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void replacesNamesIntroducedByCuesInOtherLanguages(String question, String expected) {
    assertThat(SCRUBBER.scrub(question).text()).isEqualTo(expected);
  }

  static Stream<Arguments> replacesNamesIntroducedByCuesInOtherLanguages() {
    return Stream.of(
        arguments(
            "My name is John Smith and I need a visa.", "My name is [NAME] and I need a visa."),
        arguments("my name is ahmad and i need help", "my name is [NAME] and i need help"),
        arguments(
            "I am Ahmad from Afghanistan, my wife Sara is pregnant.",
            "I am [NAME] from Afghanistan, my wife [NAME] is pregnant."),
        arguments("I'm Fatima Al-Hassan, my husband is Omar.", "I'm [NAME], my husband is [NAME]."),
        arguments(
            "My daughter's name is Layla and she is 5 years old.",
            "My daughter's name is [NAME] and she is 5 years old."),
        arguments("اسمي أحمد محمد وأريد تجديد الإقامة", "اسمي [NAME] وأريد تجديد الإقامة"),
        arguments("زوجتي اسمها فاطمة وهي في سوريا", "زوجتي اسمها [NAME] وهي في سوريا"),
        arguments(
            "اسم من علی رضایی است و می‌خواهم اقامت بگیرم",
            "اسم من [NAME] است و می‌خواهم اقامت بگیرم"),
        arguments("اسم همسرم مریم است", "اسم همسرم [NAME] است"),
        arguments("زما نوم احمد دی", "زما نوم [NAME] دی"),
        arguments(
            "Benim adım Mehmet Yılmaz, oturma izni için ne yapmalıyım?",
            "Benim adım [NAME], oturma izni için ne yapmalıyım?"),
        arguments(
            "Eşimin adı Ayşe, Almanya'ya gelmek istiyor.",
            "Eşimin adı [NAME], Almanya'ya gelmek istiyor."),
        arguments("Меня зовут Анна Петрова, я из Украины.", "Меня зовут [NAME], я из Украины."),
        arguments("Мою жену зовут Ольга.", "Мою жену зовут [NAME]."),
        arguments("Мене звати Олена, я з Києва.", "Мене звати [NAME], я з Києва."),
        arguments("Nazywam się Jan Kowalski i mam pytanie.", "Nazywam się [NAME] i mam pytanie."),
        arguments(
            "Moja żona ma na imię Anna i mieszka w Polsce.",
            "Moja żona ma na imię [NAME] i mieszka w Polsce."),
        arguments(
            "Je m'appelle Marie Dubois et je veux un titre de séjour.",
            "Je m'appelle [NAME] et je veux un titre de séjour."),
        arguments(
            "Me llamo Carlos García y trabajo en Múnich.", "Me llamo [NAME] y trabajo en Múnich."),
        arguments("Mi chiamo Giulia Rossi, vorrei sapere.", "Mi chiamo [NAME], vorrei sapere."),
        arguments("Mă numesc Andrei Popescu.", "Mă numesc [NAME]."),
        arguments("Казвам се Иван Иванов.", "Казвам се [NAME]."),
        arguments("Zovem se Marko Petrović.", "Zovem se [NAME]."),
        arguments("Emri im është Arben.", "Emri im është [NAME]."),
        arguments("Tên tôi là Nguyễn Văn An, tôi muốn hỏi.", "Tên tôi là [NAME], tôi muốn hỏi."),
        arguments("Navê min Ahmed e.", "Navê min [NAME] e."),
        arguments("ስመይ ሰላም እዩ", "ስመይ [NAME] እዩ"),
        arguments("Имя: Иван, Фамилия: Петров", "Имя: [NAME], Фамилия: [NAME]"),
        arguments(
            "Hr. Schmidt und Mr. Smith und Madame Dupont und Pan Kowalski.",
            "Hr. [NAME] und Mr. [NAME] und Madame [NAME] und Pan [NAME]."));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void replacesEmailAddressesAndPhoneNumbersInAnyNotation(String question, String expected) {
    assertThat(SCRUBBER.scrub(question).text()).isEqualTo(expected);
  }

  static Stream<Arguments> replacesEmailAddressesAndPhoneNumbersInAnyNotation() {
    return Stream.of(
        arguments(
            "Meine E-Mail ist ahmad.karimi@example.org, Telefon 0171/1234567.",
            "Meine E-Mail ist [EMAIL], Telefon [PHONE]."),
        arguments("Mail an AHMAD.K@EXAMPLE.DE bitte", "Mail an [EMAIL] bitte"),
        arguments(
            "Rufen Sie mich an: +49 171 1234567 oder 0049 8031 3920.",
            "Rufen Sie mich an: [PHONE] oder [PHONE]."),
        arguments("Die Telefonnummer ist (0 80 31) 392-0.", "Die Telefonnummer ist [PHONE]."),
        arguments("Fax +49 (0) 8031 392-0", "Fax [PHONE]"),
        arguments("Meine Nummer: 0171 / 123 45 67", "Meine Nummer: [PHONE]"),
        arguments(
            "Bitte rufen Sie mich zurück: 0176-98765432", "Bitte rufen Sie mich zurück: [PHONE]"),
        arguments("Tel: 8031 3920", "Tel: [PHONE]"),
        arguments("رقم هاتفي ٠١٧١١٢٣٤٥٦٧", "رقم هاتفي [PHONE]"),
        arguments("رقمي +٤٩ ١٧١ ١٢٣٤٥٦٧ شكرا", "رقمي [PHONE] شكرا"),
        arguments("شماره من ۰۱۷۱۱۲۳۴۵۶۷ است", "شماره من [PHONE] است"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void replacesIbansAndDatesOfBirth(String question, String expected) {
    assertThat(SCRUBBER.scrub(question).text()).isEqualTo(expected);
  }

  static Stream<Arguments> replacesIbansAndDatesOfBirth() {
    return Stream.of(
        arguments("IBAN: DE89 3704 0044 0532 0130 00 bitte.", "IBAN: [IBAN] bitte."),
        arguments("Meine IBAN ist DE89370400440532013000.", "Meine IBAN ist [IBAN]."),
        arguments("IBAN GB29 NWBK 6016 1331 9268 19 please", "IBAN [IBAN] please"),
        arguments(
            "Ich bin geb. 12.03.1990 in Damaskus.", "Ich bin geb. [DATE_OF_BIRTH] in Damaskus."),
        arguments(
            "Ich bin am 12.03.1990 in Aleppo geboren.",
            "Ich bin am [DATE_OF_BIRTH] in Aleppo geboren."),
        arguments("Geburtsdatum: 1990-03-12", "Geburtsdatum: [DATE_OF_BIRTH]"),
        arguments(
            "Mein Geburtsdatum ist der 5. Mai 1988.", "Mein Geburtsdatum ist der [DATE_OF_BIRTH]."),
        arguments("I was born on March 12, 1990.", "I was born on [DATE_OF_BIRTH]."),
        arguments("My DOB is 12/03/1990.", "My DOB is [DATE_OF_BIRTH]."),
        arguments("Я родился 12.03.1990 в Харькове.", "Я родился [DATE_OF_BIRTH] в Харькове."),
        arguments("12.03.1990'da doğdum.", "[DATE_OF_BIRTH]'da doğdum."),
        arguments("تاريخ الميلاد ١٢/٠٣/١٩٩٠", "تاريخ الميلاد [DATE_OF_BIRTH]"),
        arguments("تاریخ تولد: ۱۳۶۹/۰۱/۱۵", "تاریخ تولد: [DATE_OF_BIRTH]"),
        arguments("Je suis née le 12/03/1990 à Alger.", "Je suis née le [DATE_OF_BIRTH] à Alger."),
        arguments("Nací el 12 de marzo de 1990 en Bogotá.", "Nací el [DATE_OF_BIRTH] en Bogotá."),
        arguments(
            "Urodziłem się 12.03.1990 w Krakowie.", "Urodziłem się [DATE_OF_BIRTH] w Krakowie."),
        arguments("Sinh ngày 12 tháng 3 năm 1990", "Sinh ngày [DATE_OF_BIRTH]"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void replacesDocumentCaseTaxAndInsuranceNumbers(String question, String expected) {
    assertThat(SCRUBBER.scrub(question).text()).isEqualTo(expected);
  }

  static Stream<Arguments> replacesDocumentCaseTaxAndInsuranceNumbers() {
    return Stream.of(
        arguments(
            "Reisepass Nr. C01X00T47, AZR-Nummer 123456789012.",
            "Reisepass Nr. [ID_NUMBER], AZR-Nummer [ID_NUMBER]."),
        arguments("Passport no. N1234567", "Passport no. [ID_NUMBER]"),
        arguments("eAT-Kartennummer: Y1234567Z", "eAT-Kartennummer: [ID_NUMBER]"),
        arguments(
            "Die Nummer auf der Karte ist L01X00T47.", "Die Nummer auf der Karte ist [ID_NUMBER]."),
        arguments(
            "Doğum tarihim 01.01.1990, pasaport numaram U12345678.",
            "Doğum tarihim [DATE_OF_BIRTH], pasaport numaram [ID_NUMBER]."),
        arguments(
            "Sehr geehrte Frau Dr. Schneider, mein Aktenzeichen ist AZ 123-45/2024.",
            "Sehr geehrte Frau Dr. [NAME], mein Aktenzeichen ist [CASE_NUMBER]."),
        arguments("Geschäftszeichen: III-1234/24", "Geschäftszeichen: [CASE_NUMBER]"),
        arguments("Aktenzeichen: 1234567-423 vom BAMF", "Aktenzeichen: [CASE_NUMBER] vom BAMF"),
        arguments("Az. M 9 K 21.1234", "Az. [CASE_NUMBER]"),
        arguments("Steuer-ID 12 345 678 901", "Steuer-ID [TAX_ID]"),
        arguments("Steuernummer 143/123/45678", "Steuernummer [TAX_ID]"),
        arguments(
            "Die Zahl 86095742719 steht auf meinem Brief.",
            "Die Zahl [TAX_ID] steht auf meinem Brief."),
        arguments(
            "Meine Versichertennummer ist A123456789.",
            "Meine Versichertennummer ist [INSURANCE_NUMBER]."),
        arguments(
            "Rentenversicherungsnummer 65 170839 J 003",
            "Rentenversicherungsnummer [INSURANCE_NUMBER]"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void replacesPostalAddressesAndLicencePlates(String question, String expected) {
    assertThat(SCRUBBER.scrub(question).text()).isEqualTo(expected);
  }

  static Stream<Arguments> replacesPostalAddressesAndLicencePlates() {
    return Stream.of(
        arguments(
            "Ich wohne in der Hauptstraße 12, 83022 Rosenheim.", "Ich wohne in der [ADDRESS]."),
        arguments("Ich wohne Am Bahnhof 3a in Kolbermoor.", "Ich wohne [ADDRESS] in Kolbermoor."),
        arguments("Wittelsbacherstr. 53 ist das Amt.", "[ADDRESS] ist das Amt."),
        arguments(
            "Wohne in der Karl-Marx-Straße 5 und Münchener Str. 12a.",
            "Wohne in der [ADDRESS] und [ADDRESS]."),
        arguments("Ich bin nach 83022 Rosenheim gezogen.", "Ich bin nach [ADDRESS] gezogen."),
        arguments("D-83022 Rosenheim", "[ADDRESS]"),
        arguments(
            "Mein Auto RO-AB 1234 wurde abgeschleppt, und M AB 123E auch.",
            "Mein Auto [PLATE] wurde abgeschleppt, und [PLATE] auch."));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void keepsWhatIsNotPersonalData(String question) {
    ScrubResult result = SCRUBBER.scrub(question);

    assertThat(result.text()).isEqualTo(question);
    assertThat(result.changed()).isFalse();
  }

  static Stream<String> keepsWhatIsNotPersonalData() {
    return Stream.of(
        // occupations, nationalities and permit names after "ich bin", "I am", "my husband"
        "Ich bin Student und brauche eine Aufenthaltserlaubnis nach § 16b AufenthG.",
        "Ich bin Ärztin aus Syrien.",
        "Ich bin Krankenpfleger, ich bin Deutscher, ich bin Türke.",
        "Ich bin Inhaberin einer Blauen Karte und mein Mann ist Ingenieur.",
        "Ich bin Mitte 30 und Vater von zwei Kindern.",
        "Ich bin EU-Bürger aus Polen.",
        "Ich bin IT-Spezialist mit Blauer Karte.",
        "Ich bin Rosenheimer.",
        "I am Syrian and I have a Blue Card.",
        "I am German citizen married to a Syrian.",
        "I am Interested in the Blue Card.",
        "My name is not important.",
        "Tôi là người Việt Nam.",
        "İlk Adım Nedir?",
        // nouns after "Frau" and family words that are no names
        "Kann meine Frau Elterngeld bekommen?",
        "Bekommt mein Mann Bürgergeld?",
        "Kann ich als Frau Asyl beantragen?",
        "Gilt das auch für eine Frau Mitte 40?",
        "Liebe Frau Sachbearbeiterin, ich habe eine Frage.",
        "Eşim Almanya'da çalışıyor.",
        // legal references, fees, salaries, durations, years, hours
        "Nach § 81 Abs. 4 AufenthG und Art. 20 GG.",
        "Kann ich mit einer Duldung nach § 60a arbeiten?",
        "Leistungen nach SGB II 2024",
        "Die Gebühr beträgt EUR 37,50 oder 100 €.",
        "Ich verdiene 48.300 Euro brutto und arbeite 600 Stunden.",
        "Das kostet 1.234,56 € bzw. 0,50 € pro Seite.",
        "Ich lebe seit 3 Monaten in Rosenheim, seit 2024.",
        "Das Visum kostet 75 € und gilt 90 Tage.",
        "I have a job offer with a salary of 48,300 euros for 90 days.",
        "Zwischen 2019 und 2024 war ich in Italien.",
        "In Bayern gibt es 10000 Anträge pro Jahr.",
        // hotlines and service numbers
        "Notruf 110, 112, Hilfetelefon 116 016, Behördennummer 115.",
        "Rufnummer 116 117 oder 0800 1110111",
        // dates that are not birth dates, times, rooms
        "Mein Termin ist am 12.03.2026 um 10 Uhr.",
        "Ich bin 1990 geboren.",
        "Seit dem 01.01.2024 gilt das neue Gesetz.",
        "Von 08:00 bis 12:00 Uhr geöffnet, Zimmer 0.12.",
        "Ich habe einen Termin am 15.04.2026 um 9:30 Uhr im Zimmer 204.",
        "Ist die Ausländerbehörde Am Montag 3 Stunden geöffnet?",
        "Zum Beispiel 3 Monate Wartezeit.",
        // a passport mentioned without a number, place names without a postcode
        "Mein Pass ist abgelaufen, was nun?",
        "Ich wohne in Rosenheim in der Nähe vom Bahnhof.",
        "كم تستغرق معالجة طلب الإقامة الدائمة في مكتب الأجانب في روزنهايم؟",
        "Я з України, маю захист за § 24. Чи можу я працювати?",
        "Oturma iznimi uzatmak için hangi belgeler gerekiyor ve ücret ne kadar?");
  }

  @Test
  void reportsEveryKindItReplaced() {
    ScrubResult result = SCRUBBER.scrub(
        "Hallo, mein Name ist Ahmad Karimi, ich wohne in der Hauptstraße 12, 83022 Rosenheim."
            + " Bitte rufen Sie mich an unter 0171 1234567.");

    assertThat(result.text())
        .isEqualTo("Hallo, mein Name ist [NAME], ich wohne in der [ADDRESS]."
            + " Bitte rufen Sie mich an unter [PHONE].");
    assertThat(result.found())
        .containsExactlyInAnyOrder(PiiKind.NAME, PiiKind.ADDRESS, PiiKind.PHONE);
    assertThat(result.changed()).isTrue();
  }

  @Test
  void reportsNothingFoundForAnOrdinaryQuestion() {
    ScrubResult result = SCRUBBER.scrub("Wie lange dauert die Einbürgerung?");

    assertThat(result.found()).isEmpty();
    assertThat(result.changed()).isFalse();
  }

  @Test
  void keepsBlankTextAsItIs() {
    assertThat(SCRUBBER.scrub("").text()).isEmpty();
    assertThat(SCRUBBER.scrub("  \n ").text()).isEqualTo("  \n ");
  }

  @Test
  void rejectsNull() {
    assertThatNullPointerException().isThrownBy(() -> SCRUBBER.scrub(null));
  }

  @Test
  void keepsCharactersAroundPlaceholdersExactly() {
    String question = "\u200Fرقمي: +٤٩ ١٧١ ١٢٣٤٥٦٧\u200F؟ Schreib an a@b.de!";

    assertThat(SCRUBBER.scrub(question).text())
        .isEqualTo("\u200Fرقمي: [PHONE]\u200F؟ Schreib an [EMAIL]!");
  }

  @Test
  void handlesLongRepetitiveInputWithoutFailing() {
    // Not a timing test: it guards that adversarial repetition (many cues, many number-like runs)
    // still yields a well-formed result. Ad-hoc measurement: about 0.1-0.4 ms per 1,000 chars.
    for (String unit :
        new String[] {"ich bin Ahmad ", "0-", "AZ 1 ", "Name: ", "a@", "12.12.12."}) {
      String text = unit.repeat(1000 / unit.length());

      ScrubResult result = SCRUBBER.scrub(text);

      assertThat(result.text()).isNotNull();
    }
  }

  @Test
  void exposesAnImmutableSetOfKinds() {
    ScrubResult result = SCRUBBER.scrub("Tel. 0171 1234567");

    assertThat(result.found()).containsExactly(PiiKind.PHONE);
    assertThatThrownBy(() -> result.found().add(PiiKind.NAME))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void documentsEveryPlaceholderInTheClassJavadocTable() {
    assertThat(Arrays.stream(PiiKind.values()).map(PiiKind::placeholder))
        .containsExactly(
            "[NAME]",
            "[EMAIL]",
            "[PHONE]",
            "[IBAN]",
            "[DATE_OF_BIRTH]",
            "[ID_NUMBER]",
            "[CASE_NUMBER]",
            "[TAX_ID]",
            "[INSURANCE_NUMBER]",
            "[PLATE]",
            "[ADDRESS]");
  }
}
