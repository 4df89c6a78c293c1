package de.lotse.privacy;

import java.util.List;

/**
 * Detectors for reference numbers: documents, files, tax and insurance. Most need a cue word, since
 * a bare number is usually a fee, a year or a paragraph; the few shapes that are unmistakable on
 * their own (German document serials, health insurance numbers, a tax ID with a valid check digit)
 * are found without one.
 */
final class ReferenceDetectors {

  private static final String DOCUMENT_CUES =
      "reisepass(?:nummer|-nr\\.?|nr\\.?)?|pass(?:nummer|-nummer|-nr\\.?|nr\\.?)?"
          + "|personalausweis(?:nummer|-nr\\.?)?|ausweis(?:nummer|-nummer|-nr\\.?|nr\\.?)?"
          + "|id-?(?:nummer|nr\\.?)|id (?:number|no\\.?|card number)|identity card number"
          + "|dokumentennummer|dokumentnummer|document (?:number|no\\.?)|seriennummer|kartennummer"
          + "|card number|eat(?:-| )?(?:nummer|karte|kartennummer|nr\\.?)|eat"
          + "|azr(?:-?nummer|-nr\\.?| nummer| number| no\\.?)?"
          + "|aufenthaltstitel(?:nummer|-nr\\.?| nr\\.?)|passport(?: no\\.?| number| #)?"
          + "|номер паспорта|номер паспорту|номер на паспорта|паспорт|пасош|број пасоша"
          + "|رقم (?:ال)?جواز(?: السفر)?|رقم جوازي|شماره پاسپورت|شماره گذرنامه"
          + "|pasaport(?: numaram| numarası| no)?|kimlik (?:numaram|numarası|no)"
          + "|numer paszportu|numer dowodu(?: osobistego)?|pesel"
          + "|numéro de passeport|numéro de titre de séjour|passeport|número de pasaporte|pasaporte"
          + "|numero (?:di|del) passaporto|passaporto|numărul pașaportului|număr de pașaport"
          + "|pașaport|broj pasoša|pasoš|numri i pasaportës|pasaporta|số hộ chiếu"
          + "|hejmara pasaportê|ቁጽሪ ፓስፖርት";

  private static final String CASE_CUES =
      "aktenzeichen|geschäftszeichen|geschaeftszeichen|gesch\\.-?zeichen|vorgangsnummer"
          + "|antragsnummer|kundennummer|bearbeitungsnummer|ticketnummer|fallnummer|bg-nummer|unser"
          + " zeichen|ihr zeichen|case (?:number|no\\.?|id|reference)|reference(?: number|"
          + " no\\.?)?|ref\\.|file (?:number|no\\.?)|application (?:number|no\\.?)|номер дела|номер"
          + " заявления|номер справи|номер заяви|رقم (?:الملف|القضية|الطلب|المعاملة)|شماره"
          + " (?:پرونده|درخواست)|dosya (?:numarası|numaram|no)|başvuru"
          + " (?:numarası|numaram)|sygnatura(?: akt)?|numer (?:sprawy|wniosku)|numéro de"
          + " dossier|référence|número de (?:expediente|referencia)|numero di"
          + " (?:pratica|protocollo)|numărul dosarului|număr de dosar|broj predmeta|број"
          + " предмета|numri i dosjes|(?:số|mã) hồ sơ|hejmara dosyayê";

  /** Abbreviations whose case matters: "AZ 12/24" is a file number, Turkish "az" means "little". */
  private static final String CASE_ABBREVIATIONS = "Az\\.?|AZ|Gz\\.?|GZ|Gesch\\.-Z\\.";

  private static final String TAX_CUES =
      "steuer-?id|steuer id|steuer-?identifikationsnummer|steuerliche identifikationsnummer"
          + "|identifikationsnummer|idnr\\.?|steuernummer|st\\.-?nr\\.?"
          + "|tax (?:id|identification number|number)|tin"
          + "|vergi (?:numaram|numarası|kimlik numarası|kimlik numaram)|инн|налоговый номер"
          + "|податковий номер|الرقم الضريبي|رقم الضريبة|رقمي الضريبي|شماره مالياتي"
          + "|numer identyfikacji podatkowej|nip|numéro fiscal|numéro d'identification fiscale"
          + "|número de identificación fiscal|poreski broj|numri tatimor|mã số thuế";

  private static final String INSURANCE_CUES =
      "versichertennummer|krankenversichertennummer|kv-nummer|krankenversicherungsnummer"
          + "|versicherungsnummer|sozialversicherungsnummer|sv-nummer|rentenversicherungsnummer"
          + "|rv-nummer|(?:health )?insurance (?:number|no\\.?)|social security number"
          + "|номер (?:страховки|полиса|страхового полиса)|رقم التامين|شماره بيمه"
          + "|sigorta (?:numaram|numarası)|numer ubezpieczenia|numéro d'assurance(?: maladie)?"
          + "|número de (?:seguro|afiliación)|numero di (?:assicurazione|tessera sanitaria)"
          + "|număr de asigurare";

  /** German passport, ID card and eAT serial: 9 characters from an alphabet without vowels. */
  private static final String GERMAN_DOCUMENT_SERIAL =
      "(?<![\\p{L}\\p{N}])[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{8}(?![\\p{L}\\p{N}])";

  private static final String TAX_ID_SHAPE =
      "(?<![\\p{L}\\p{N}+])[1-9]\\d(?: ?\\d{3}){3}(?![\\p{L}\\p{N}])";

  /** Krankenversichertennummer: a letter and nine digits. */
  private static final String HEALTH_INSURANCE_NUMBER =
      "(?<![\\p{L}\\p{N}])[a-z]\\d{9}(?![\\p{L}\\p{N}])";

  /** Rentenversicherungsnummer: area, birth date, initial, serial and check digit. */
  private static final String PENSION_INSURANCE_NUMBER =
      "(?<![\\p{L}\\p{N}])\\d{2} ?\\d{6} ?[A-Z] ?\\d{3}(?![\\p{L}\\p{N}])";

  private static final String SERIAL_LETTERS = "CFGHJKLMNPRTVWXYZ";

  private static final int MIN_SERIAL_DIGITS = 3;

  private ReferenceDetectors() {}

  static List<Detector> all() {
    return List.of(
        CuedReferenceDetector.folded(DOCUMENT_CUES, PiiKind.DOCUMENT_NUMBER, 6, 2),
        new ShapeDetector(
            GERMAN_DOCUMENT_SERIAL,
            (s, i) -> i + 8 < s.length() && SERIAL_LETTERS.indexOf(s.charAt(i)) >= 0,
            ShapeDetector.Start.WORD,
            false,
            PiiKind.DOCUMENT_NUMBER,
            serial -> Chars.countDigits(serial, 0, serial.length()) >= MIN_SERIAL_DIGITS),
        CuedReferenceDetector.folded(CASE_CUES, PiiKind.CASE_NUMBER, 3, 2),
        CuedReferenceDetector.caseSensitive(CASE_ABBREVIATIONS, PiiKind.CASE_NUMBER, 3, 2),
        CuedReferenceDetector.folded(TAX_CUES, PiiKind.TAX_ID, 10, 10),
        new ShapeDetector(
            TAX_ID_SHAPE,
            (s, i) -> i + 10 < s.length(),
            ShapeDetector.Start.NUMBER,
            false,
            PiiKind.TAX_ID,
            TaxIds::hasValidCheckDigit),
        CuedReferenceDetector.folded(INSURANCE_CUES, PiiKind.HEALTH_INSURANCE_NUMBER, 8, 6),
        new ShapeDetector(
            HEALTH_INSURANCE_NUMBER,
            (s, i) -> i + 9 < s.length() && Chars.isDigit(s.charAt(i + 1)),
            ShapeDetector.Start.WORD,
            true,
            PiiKind.HEALTH_INSURANCE_NUMBER,
            number -> true),
        new ShapeDetector(
            PENSION_INSURANCE_NUMBER,
            (s, i) -> i + 11 < s.length(),
            ShapeDetector.Start.NUMBER,
            false,
            PiiKind.HEALTH_INSURANCE_NUMBER,
            number -> true));
  }
}
