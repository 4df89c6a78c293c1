package de.lotse.privacy;

import de.lotse.privacy.NameCue.Reading;
import java.util.List;

/**
 * The phrases after which names are read, in the platform's languages. Most languages write nouns
 * in lower case, so a capitalised word after "my wife", "моя жена" or "eşim" is a name; German
 * needs a naming verb ("heißt") or a verb after the name.
 */
final class NameCues {

  private NameCues() {}

  private static final String GERMAN_RELATIVES =
      "frau|ehefrau|mann|ehemann|sohn|tochter|bruder|schwester|mutter|vater|partnerin|partner"
          + "|verlobte|verlobter|enkelin|enkel|nichte|neffe|tante|onkel|cousine|cousin|schwägerin"
          + "|schwager|stiefsohn|stieftochter|ehepartnerin|ehepartner|freundin|freund";

  private static final String GERMAN_RELATIVES_PLURAL = "kinder|söhne|töchter|geschwister|eltern";

  static final List<NameCue> ALL = List.of(
      NameCue.folded(
          "mein (?:vor|nach|familien|ruf|voller |vollständiger )?name (?:ist|lautet)|ich"
              + " hei(?:ß|ss)e|my (?:first |last |full |family |given |sur)?name is|my name's|i"
              + " am called|i'm called|je m'appel+e|mon (?:pré|pre)?nom (?:est|c'est)|mon nom"
              + " de famille est|me llamo|mi nombre es|mi apellido es|mi chiamo|il mio"
              + " (?:nome|cognome) (?:è|e)|nazywam się|mam na imię|moje (?:imię|nazwisko)"
              + " to|m[ăa] numesc|numele meu (?:este|e)|m[ăa] cheam[ăa]|меня зовут|мое имя|моя"
              + " фамилия|мене (?:звати|звуть)|моє ім'я|моє прізвище|казвам се|името ми"
              + " е|фамилията ми е|zovem se|(?:moje ime|ime mi|prezime mi) je|зовем се|(?:моје"
              + " име|име ми|презиме ми) је|quhem|(?:emri|mbiemri) im (?:është|eshte)|benim"
              + " (?:ad[ıi]m|ismim)|ismim|soyad[ıi]m|nav[êe] min|و?(?:انا )?اسمي(?: هو)?|اسم"
              + " من|نام من|اسمم|نامم|اسم بنده|نام بنده|زما نوم|ስመይ",
          Reading.EXPLICIT,
          3,
          false),
      NameCue.folded(
          "tên (?:tôi|của tôi|em|mình) là|(?:tôi|em|mình) tên là|(?:tôi|em|mình) tên",
          Reading.EXPLICIT,
          4,
          false),
      NameCue.label("(?:vor|nach|familien|ruf|geburts)?name|vor- und nachname|full name|first name"
          + "|last name|surname|given name|family name|nom|prénom|nom de famille|nombre"
          + "|apellidos?|nome|cognome|imię|nazwisko|imię i nazwisko|имя|фамилия|фио|ім'я"
          + "|прізвище|ad|soyad|soyadı|ad soyad|adı soyadı|isim|الاسم|الاسم الكامل|اسم"
          + "|نام|نام خانوادگي|emri|mbiemri|ime|prezime|име|презиме|име и презиме|nume"
          + "|prenume|họ tên|họ và tên|tên|ስም|nav"),
      // Relatives introduced with a naming verb: the names may be lower case and form a list.
      NameCue.folded(
          "(?:mein|meine|meinem|meiner|meinen|unser|unsere) (?:"
              + GERMAN_RELATIVES
              + "|"
              + GERMAN_RELATIVES_PLURAL
              + ") (?:hei(?:ß|ss)t|hei(?:ß|ss)en|namens|mit namen)"
              + "|my (?:wife|husband|son|daughter|child|kid|brother|sister|mother|mom|mum"
              + "|father|dad|partner|fiancée|fiancé|fiance|spouse|children|kids|sons|daughters)"
              + "(?:'s name is|'s names are| is called| are called| is named| are named|"
              + " named| called)"
              + "|(?:ma|mon|mes) (?:femme|épouse|mari|époux|fils|fille|filles|enfants?|frère"
              + "|sœur|soeur|mère|père) s'appel+e(?:nt)?"
              + "|mis? (?:esposa|mujer|esposo|marido|hij[oa]s?|herman[oa]|madre|padre)"
              + " se llaman?"
              + "|(?:mia|mio|miei|mie) (?:moglie|marito|figli[oae]|fratello|sorella|madre"
              + "|padre) si chiam(?:a|ano)"
              + "|(?:moja|mój|moje|moi) (?:żona|mąż|syn|córka|dzieci|brat|siostra|matka|ojciec)"
              + " (?:ma na imię|mają na imię|nazywa się|nazywają się)"
              + "|(?:мою|моего|моих) (?:жену|мужа|сына|дочь|дочку|детей|брата|сестру|маму|мать"
              + "|отца|папу|сыновей|дочерей) зовут"
              + "|(?:мою|мого|моїх) (?:дружину|жінку|чоловіка|сина|доньку|дочку|дітей|брата"
              + "|сестру|маму|матір|батька|тата) (?:звати|звуть)"
              + "|(?:eşimin|karımın|kocamın|oğlumun|kızımın|çocuğumun|çocuklarımın|annemin"
              + "|babamın|kardeşimin) (?:adı|ismi)"
              + "|(?:زوجتي|زوجي|ابني|ابنتي|بنتي|اخي|اختي|امي|ابي|والدي|والدتي|طفلي|طفلتي"
              + "|اولادي|اطفالي) (?:اسمها|اسمه|اسمهم|اسمهما)"
              + "|و?اسم (?:زوجتي|زوجي|ابني|ابنتي|بنتي|اخي|اختي|امي|ابي|طفلي|طفلتي)(?: هو| هي)?"
              + "|(?:اسم|نام) (?:همسرم|شوهرم|زنم|خانمم|پسرم|دخترم|برادرم|خواهرم|مادرم|پدرم"
              + "|فرزندم)"
              + "|(?:soția|soţia|sotia|soțul|sotul|fiul|fiica|fratele|sora) (?:mea|meu)"
              + " se (?:numește|numeste|cheamă|cheama)"
              + "|(?:съпругата|съпругът|синът|дъщерята|майка|баща) ми се казва"
              + "|(?:moja žena|moj muž|moj sin|moja ćerka|moja kći|моја жена|мој муж|мој син"
              + "|моја ћерка) (?:se zove|се зове)"
              + "|(?:gruaja|burri|djali|vajza|vëllai|motra) (?:ime|im) quhet"
              + "|(?:vợ|chồng|con trai|con gái|con) (?:tôi|em|mình) tên(?: là)?"
              + "|navê (?:jina|mêrê|kurê|keça|zarokê|birayê|xwişka|diya|bavê) min",
          Reading.EXPLICIT,
          3,
          true),
      NameCue.folded(
          "ich bin|i am|i'm|je suis|soy|sono|tôi là|ad[ıi]m", Reading.CAPITALISED, 3, false),
      // Relatives with the name in apposition; these languages write nouns in lower case.
      NameCue.folded(
          "my (?:wife|husband|son|daughter|child|brother|sister|mother|father|partner|fiancée"
              + "|fiancé|fiance|spouse)(?: is)?"
              + "|(?:ma|mon) (?:femme|épouse|mari|fils|fille|frère|sœur|soeur|mère|père)"
              + "|mi (?:esposa|mujer|esposo|marido|hij[oa]|herman[oa]|madre|padre)"
              + "|(?:mia|mio) (?:moglie|marito|figli[oa]|fratello|sorella|madre|padre)"
              + "|(?:moja|mój) (?:żona|mąż|syn|córka|brat|siostra|matka|ojciec)"
              + "|(?:моя|мой) (?:жена|муж|сын|дочь|дочка|брат|сестра|мама|мать|отец|папа)"
              + "|(?:моя|мій) (?:дружина|жінка|чоловік|син|донька|дочка|брат|сестра|мама|мати"
              + "|батько|тато)"
              + "|eşim|karım|kocam|oğlum|kızım|kardeşim|annem|babam"
              + "|(?:soția|sotia|soțul|sotul|fiul|fiica) (?:mea|meu)"
              + "|(?:съпругата|съпругът|синът|дъщерята) ми"
              + "|moja žena|moj muž|moj sin|moja ćerka"
              + "|(?:gruaja|burri|djali|vajza) (?:ime|im)"
              + "|(?:vợ|chồng|con trai|con gái) (?:tôi|em|mình)",
          Reading.CAPITALISED,
          3,
          false),
      NameCue.folded(
          "(?:mein|meine|meinem|meiner|meinen|unser|unsere) (?:" + GERMAN_RELATIVES + ")",
          Reading.CAPITALISED_BEFORE_VERB,
          3,
          false),
      NameCue.caseSensitive(
          "Herr|Herrn|Frau|Hr\\.|Fr\\.|Mr\\.?|Mrs\\.?|Ms\\.?|Miss|Dr\\.|Monsieur|Madame|Mme\\.?"
              + "|Señor|Señora|Sr\\.|Sra\\.|Signor|Signora|Sig\\.(?:ra)?|Pan|Pani|Господин"
              + "|господин|Госпожа|госпожа|Пан|пан|Пані|пані|Gospodin|Gospođa|Gospodine"
              + "|Domnul|Doamna|Zoti|Zonja",
          Reading.TITLE,
          2));
}
