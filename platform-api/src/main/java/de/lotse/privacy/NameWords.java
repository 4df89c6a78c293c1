package de.lotse.privacy;

import java.util.List;
import java.util.Set;

/**
 * Word lists that keep name detection precise. All words are stored folded (see {@link
 * ScannedText#folded()}), so they are compared with the folded token.
 */
final class NameWords {

  private NameWords() {}

  /**
   * Function words, common verbs and greetings of the 19 languages. A name stops before them ("Mein
   * Name ist Ahmad und …", "اسم من علی است"). Words that are also given names (an, can, will, ben,
   * may, ali, sam, nur, do, ho, li, dua; Arabic "على" folds to "علي") are left out on purpose.
   */
  static final Set<String> STOP = WordSets.of(
      // de
      "und oder aber ich bin habe hab komme wohne lebe möchte will brauche arbeite studiere aus"
          + " in im von vom seit mit bei wie was wann wo warum wieso welche welcher welches"
          + " kann darf muss soll ist sind hat haben die der das den dem des ein eine einen"
          + " einem einer mein meine meinen meinem meiner bitte danke hallo guten tag frage"
          + " fragen jahre jahr alt zu zur zum nach für auf also nun jetzt hier schon noch auch"
          + " nicht sehr so wir sie er es du uns mir mich dass weil wenn ob ja nein",
      // en
      "and i im i'm from in at of the a with for but or how when where why what which who is am"
          + " are was were have has had want would need needs live work living working born my"
          + " me could please thanks thank hello hi hey to this that these those years year old"
          + " also currently here not so just only does did there it she we they you your",
      // fr, es, it, pt
      "et je j'ai suis ai de du des le les en au aux avec pour mais ou comment quand où"
          + " pourquoi est c'est habite travaille voudrais veux merci bonjour y soy tengo del"
          + " el con para pero cómo cuándo dónde por qué quiero vivo trabajo gracias hola sono"
          + " di da della il per ma come quando dove perché voglio vorrei lavoro grazie ciao",
      // pl, ro, sq, ku, tr, vi
      "jestem mam na jak co kiedy gdzie chcę chciałbym chciałabym mieszkam pracuję proszę dzień"
          + " dobry mieszka mieszkamy și si sunt am din în cu pentru dar sau cum când unde"
          + " vreau locuiesc lucrez mulțumesc bună dhe unë jam nga në me për por si kur ku"
          + " jetoj punoj kam û ez ji dixwazim heye ev bi ye ve ben benim ile için ama bir bu"
          + " olarak yaşındayım istiyorum var yok mi mı nasıl ne neden nerede kaç de da ki"
          + " lütfen merhaba nedir oldu olarak và tôi là từ ở với cho nhưng muốn sống làm có em"
          + " mình năm tuổi chào cảm ơn đến của hỏi",
      // ru, uk, bg, sr
      "и я из мне мой моя хочу у в с на как что когда где живу работаю приехал приехала есть а"
          + " но это нужно можно пожалуйста здравствуйте лет год і й з мені мій хочу як що коли"
          + " де живу працюю приїхав приїхала маю але це потрібно будь ласка років аз съм от за"
          + " кога къде искам живея работя имам ja iz u sa za kako kada gde gdje želim"
          + " živim radim imam ја сам из у са за како када где желим живим радим имам",
      // ar, fa, ps, ti
      "و انا من في الى الي عن عمري اريد ارغب اعيش اسكن اعمل ادرس لدي عندي هل كيف متى ماذا ما"
          + " لماذا اين هو هي وهو وهي ونحن ولكن لكن وانا واريد وعمري واعيش واسكن واعمل ولدي"
          + " وعندي مع لقد قد جئت وصلت السلام عليكم مرحبا شكرا ارجو ممكن يمكن سنة عام است هست"
          + " هستم و من در از به با را كه مي ميخواهم مي‌خواهم خواهم دارم ساله ام سلام لطفا دی"
          + " ده یم زه او زما له په څخه غواړم እዩ እየ ይበሃል ይብሃል ኣነ ካብ ናይ ከመይ እንታይ");

  /**
   * Name particles: lower case inside a capitalised name ("Ludwig van Beethoven", "Ahmad bin Ali").
   */
  static final Set<String> PARTICLES = WordSets.of(
      "von van der den de da di du del della la le al el bin ibn ben dos das zu ter ten");

  /**
   * Capitalised words that follow "ich bin", "I am", "my wife" and the like without being names:
   * occupations, status, nationalities, countries, and nouns of this domain.
   */
  static final Set<String> NOT_NAMES = WordSets.of(
      // occupations and status, German
      "student studentin schüler schülerin azubi auszubildender auszubildende rentner rentnerin"
          + " arbeitnehmer arbeitnehmerin arbeitgeber arbeitgeberin arzt ärztin zahnarzt"
          + " zahnärztin pflegekraft pflegefachkraft fachkraft krankenpfleger krankenpflegerin"
          + " pfleger pflegerin ingenieur ingenieurin lehrer lehrerin koch köchin fahrer"
          + " fahrerin elektriker elektrikerin mechaniker mechanikerin informatiker"
          + " informatikerin softwareentwickler softwareentwicklerin entwickler entwicklerin"
          + " forscher forscherin wissenschaftler wissenschaftlerin doktorand doktorandin"
          + " praktikant praktikantin mitarbeiter mitarbeiterin angestellter angestellte"
          + " beamter beamtin unternehmer unternehmerin gründer gründerin freiberufler"
          + " freiberuflerin selbstständig selbständig künstler künstlerin musiker musikerin"
          + " sportler sportlerin erzieher erzieherin hausfrau hausmann mutter vater elternteil"
          + " eltern ehefrau ehemann ehepartner ehepartnerin ehegatte ehegattin partner"
          + " partnerin witwe witwer flüchtling geflüchteter geflüchtete asylbewerber"
          + " asylbewerberin asylsuchender asylsuchende schutzsuchender schutzsuchende"
          + " staatsbürger staatsbürgerin bürger bürgerin inhaber inhaberin besitzer besitzerin"
          + " kunde kundin mitglied teilnehmer teilnehmerin opfer patient patientin dozent"
          + " dozentin professor professorin doktor single ledig verheiratet geschieden"
          + " verwitwet schwanger arbeitslos arbeitssuchend minderjährig volljährig staatenlos"
          + " neu hier seit nicht noch gerade bereits schon jetzt sehr anfang ende mitte froh"
          + " unsicher familienangehöriger familienangehörige grenzgänger grenzgängerin"
          + " selbstständiger selbstständige berufskraftfahrer facharbeiter facharbeiterin"
          + " fachinformatiker fachinformatikerin",
      // domain nouns, German
      "blaue blauen blauer karte aufenthaltstitel aufenthaltserlaubnis niederlassungserlaubnis"
          + " visum pass reisepass termin antrag duldung einbürgerung arbeit job elterngeld"
          + " kindergeld bürgergeld wohngeld deutschkurs integrationskurs sprachkurs"
          + " arbeitserlaubnis fiktionsbescheinigung chancenkarte familiennachzug",
      // nationalities and peoples
      "deutscher deutsche deutsch syrer syrerin afghane afghanin ukrainer ukrainerin türke"
          + " türkin iraker irakerin iraner iranerin russe russin pole polin rumäne rumänin"
          + " bulgare bulgarin serbe serbin albaner albanerin kosovare kosovarin franzose"
          + " französin spanier spanierin italiener italienerin vietnamese vietnamesin eritreer"
          + " eritreerin äthiopier äthiopierin somalier somalierin nigerianer nigerianerin"
          + " inder inderin pakistaner pakistanerin chinese chinesin amerikaner amerikanerin"
          + " brasilianer brasilianerin kurde kurdin araber araberin muslim muslima christ"
          + " christin eu-bürger eu-bürgerin ausländer ausländerin",
      "german syrian afghan ukrainian turkish turk iranian iraqi russian polish romanian"
          + " bulgarian serbian albanian kosovar french spanish italian vietnamese eritrean"
          + " ethiopian somali nigerian indian pakistani chinese american brazilian kurdish"
          + " kurd arab arabic british european muslim christian syrien afghane ukrainien turc"
          + " iranien irakien russe polonais roumain bulgare serbe albanais français espagnol"
          + " italien vietnamien érythréen sirio afgano ucraniano turco iraní iraquí ruso"
          + " polaco rumano siriano ucraino iraniano russo polacco rumeno",
      // occupations and states, English
      "student doctor nurse engineer teacher refugee asylum seeker employee employer worker"
          + " researcher developer programmer scientist lawyer married single divorced widowed"
          + " pregnant unemployed self-employed retired disabled interested employed registered"
          + " confused worried concerned qualified located based enrolled admitted accepted"
          + " rejected required entitled eligible able unable allowed sure still already now"
          + " really new trying looking planning going working living studying waiting writing"
          + " asking sorry happy glad holder owner citizen resident member applicant",
      // countries, regions and cities a citizen names without any address
      "germany deutschland almanya türkiye turkey syrien syria suriye afghanistan irak iraq"
          + " iran ukraine ukrayna russland russia rusya polen poland rumänien romania"
          + " bulgarien bulgaria serbien serbia kosovo albanien albania frankreich france"
          + " spanien spain italien italy vietnam eritrea äthiopien ethiopia somalia nigeria"
          + " indien india pakistan bayern bavaria münchen munich rosenheim berlin europa"
          + " europe",
      // people of the region, as in "Ich bin Rosenheimer"
      "bayer bayerin oberbayer oberbayerin münchner münchnerin rosenheimer rosenheimerin"
          + " berliner berlinerin österreicher österreicherin schweizer schweizerin");

  /** Endings of German and English nouns and adjectives that no given name has. */
  static final List<String> NOT_NAME_ENDINGS = List.of(
      "heit",
      "keit",
      "schaft",
      "tion",
      "ität",
      "ismus",
      "erin",
      "istin",
      "antin",
      "entin",
      "kraft",
      "geld",
      "kurs",
      "karte",
      "titel",
      "erlaubnis",
      "schein",
      "nachweis",
      "zertifikat",
      "unterlagen",
      "dokumente",
      "papiere",
      "leistungen",
      "behörde",
      "versicherung");

  /** Words after a title that are not a surname ("Frau Doktor", "Herr Kollege"). */
  static final Set<String> NOT_SURNAMES = WordSets.of(
      "doktor professor professorin kollege kollegin sachbearbeiter sachbearbeiterin minister"
          + " ministerin präsident präsidentin bürgermeister bürgermeisterin");

  /**
   * Words that, before "Frau"/"Herr", make it a noun rather than a title: "eine Frau", "meine Frau"
   * (handled by the family cues), "jede Frau".
   */
  static final Set<String> ARTICLES = WordSets.of(
      "ein eine einer einen einem die der den dem des mein meine meiner meinen meinem dein"
          + " deine sein seine ihr ihre unser unsere euer eure jede jeder jeden keine kein"
          + " diese dieser welche welcher als");

  /** Adjective-like words that may stand before a title ("Sehr geehrte Frau Müller"). */
  static final Set<String> SALUTATIONS =
      WordSets.of("geehrte geehrter liebe lieber hallo zwischen neben");

  /** Words that may follow a name after a German family cue ("Meine Tochter Lina ist 5"). */
  static final Set<String> FOLLOWERS = WordSets.of(
      "ist hat und wird war wurde kommt kam lebt wohnt arbeitet studiert möchte will braucht"
          + " bekommt hatte geht ging besucht spricht sind haben kann darf muss soll sollte"
          + " könnte wollte lebte wohnte heißt heisst oder aus");

  /** Conjunctions that join names in a list ("Meine Kinder heißen Ali und Sara"). */
  static final Set<String> CONJUNCTIONS = WordSets.of("und and et y e i и і та ve şi si dhe và û");

  /** True when a capitalised Latin word ends like a noun or adjective rather than a given name. */
  static boolean hasNounEnding(String foldedWord) {
    for (String ending : NOT_NAME_ENDINGS) {
      if (foldedWord.endsWith(ending)) {
        return true;
      }
    }
    return (foldedWord.endsWith("ung") && foldedWord.length() >= 7)
        || (foldedWord.endsWith("ing") && foldedWord.length() >= 6);
  }
}
