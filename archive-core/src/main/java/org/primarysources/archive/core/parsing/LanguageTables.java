package org.primarysources.archive.core.parsing;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the parser needs to know of each language it reads: the words that label a treaty's clauses, the headings
 * and markers of the end matter, verbs of saying and the words around them, the words that end an article's subject,
 * and the nouns that tell a person, place or organisation in a gloss. Words are lower case; matching is
 * case-insensitive. English keeps the parser's original rules, which other classes hold; its table repeats them
 * here so that every language is read the same way.
 */
final class LanguageTables {

    /** How a gloss's noun is matched against the table's stems. */
    enum NounMatch {
        /** The word itself, or with a plural ending (English, French). */
        WHOLE_WORD,
        /** The word ends with the stem: German compounds ("Außenminister", "Hauptstadt"). */
        COMPOUND_END,
        /** The word is the stem with an inflectional ending of up to three letters (Polish, Lithuanian, Russian). */
        INFLECTED
    }

    /**
     * One language's table.
     *
     * @param clause          a line that states a clause: keyword, numeral, punctuation, text (groups 1–3)
     * @param numberFirst     as {@code clause} with the numeral before the keyword ("3 straipsnis."), or null
     * @param endHeadings     headings from which on the article is end matter
     * @param categoryMarkers line starts that mark a category ("kategorie:") or a list of them ("kategorien:")
     * @param sortKeys        template starts after which bare lines are categories ("{{sortierung")
     * @param verbs           verbs of saying (inflected forms as written)
     * @param toListener      verbs whose object is the listener, never the speaker
     * @param auxiliaries     words before a verb of saying that make it passive ("was called")
     * @param tenseAuxiliaries words between subject and verb that only form a tense or stand for its object ("a
     *                        déclaré", "le décrivit")
     * @param agents          the word that names a passive verb's agent ("by", "von", "par", "przez")
     * @param leadIns         word sequences that introduce a speaker ("according to", "laut", "według")
     * @param adverbs         words that may stand between a speaker and the verb ("later", "später")
     * @param pronouns        personal pronouns that may stand for an earlier named person (he, er, on …)
     * @param notNames        words that are never a speaker's name on their own (determiners, pronouns)
     * @param subjectEnds     what ends the subject of an article's first sentence (" is ", " ist ", " – " …)
     * @param leadingArticles articles the title drops ("The ", "Le ", "L'"; not German "Der", whose
     *                        adjectives would lose their ending)
     * @param definingVerbs   what starts a gloss's predicate
     * @param nouns           noun stems with the kind they tell (PERSON, PLACE, ORGANISATION or OTHER)
     * @param nounMatch       how the stems are matched
     * @param lifeDates       bracket starts or words that mark a person's life dates ("born", "*", "ur.")
     * @param openEndings     words a heading never ends with (articles, prepositions): a line ending with one goes on
     *                        with the link name on the next line
     * @param abbreviations   abbreviations after which no sentence ends ("d.", "r.", "z. b.", "г."), so that a line
     *                        may end with one before a link name; a space stands for any spacing ("z.B."), and an
     *                        abbreviation written with a capital ("No.") is one only as written
     * @param dottedOrdinals  whether a number of one or two digits with a full stop is an ordinal ("am 10. Oktober")
     * @param quotationMarks  each opening quotation mark the language uses, with the marks that close it
     * @param conjunctions    words that join a second verb to the first one's subject ("brach er … ab und erklärte")
     */
    record Table(Pattern clause, Pattern numberFirst, Set<String> endHeadings, List<String> categoryMarkers,
                 List<String> sortKeys, Set<String> verbs, Set<String> toListener, Set<String> auxiliaries,
                 Set<String> tenseAuxiliaries, Set<String> agents, List<List<String>> leadIns, Set<String> adverbs,
                 Set<String> pronouns, Set<String> notNames, List<String> subjectEnds, List<String> leadingArticles,
                 List<String> definingVerbs, Map<String, String> nouns, NounMatch nounMatch, List<String> lifeDates,
                 Set<String> openEndings, Set<String> abbreviations, boolean dottedOrdinals,
                 Map<Character, String> quotationMarks, Set<String> conjunctions) {
    }

    private static final String NUMERAL = "([IVXLCDM]+|[0-9]{1,4}[a-z]?|1er|premier)";
    private static final String AFTER = "\\s*[:.–—-]\\s+(\\S.*)";
    private static final Map<ArticleLanguage, Table> TABLES = tables();

    private LanguageTables() {
    }

    static Table of(ArticleLanguage language) {
        return TABLES.get(language);
    }

    private static Pattern clause(String keywords) {
        // the keyword in any case ("ARTIKEL", "artykuł"); "§" may stand right before the number with no punctuation
        return Pattern.compile("((?iu:" + keywords + ")|§)\\s*" + NUMERAL + "(?:" + AFTER + "|(?<=§\\s?\\d{1,4})"
                + "\\s+(\\p{Lu}.*))");
    }

    private static Map<ArticleLanguage, Table> tables() {
        Map<ArticleLanguage, Table> tables = new EnumMap<>(ArticleLanguage.class);
        tables.put(ArticleLanguage.ENGLISH, english());
        tables.put(ArticleLanguage.GERMAN, german());
        tables.put(ArticleLanguage.POLISH, polish());
        tables.put(ArticleLanguage.LITHUANIAN, lithuanian());
        tables.put(ArticleLanguage.FRENCH, french());
        tables.put(ArticleLanguage.RUSSIAN, russian());
        return tables;
    }

    private static Table english() {
        return new Table(
                Pattern.compile("(Article|Art\\.|Section|Clause|Paragraph|§)\\s*([IVXLCDM]+|[0-9]{1,4}[a-z]?)"
                        + AFTER),
                null,
                set("see also", "references", "notes", "notes and references", "footnotes", "citations",
                        "sources", "bibliography", "further reading", "external links", "works cited", "categories"),
                List.of("categories:", "category:", "[[category:"),
                List.of("{{defaultsort"),
                set("said", "says", "say", "replied", "replies", "answered", "answers", "stated", "declared",
                        "declares", "wrote", "writes", "told", "tells", "added", "adds", "announced", "announces",
                        "remarked", "insisted", "argued", "asked", "exclaimed", "proclaimed", "responded", "warned",
                        "claimed", "recalled", "noted", "explained", "commented", "described", "describes", "called",
                        "calls", "dubbed", "termed", "quipped", "shouted", "cried", "promised", "admitted",
                        "concluded", "reported", "protested", "demanded", "urged", "observed", "countered",
                        "retorted", "joked", "boasted", "complained", "objected", "conceded", "affirmed",
                        "maintained", "telegraphed", "cabled", "apologised", "apologized", "assured", "threatened",
                        "vowed", "labelled", "labeled", "branded", "characterised", "characterized", "summarised",
                        "summarized", "quoted"),
                set("told", "tells", "asked", "assured", "warned", "promised", "urged", "threatened"),
                set("was", "were", "is", "are", "been", "be", "being", "get", "got", "gets"),
                set(),
                set("by"),
                List.of(List.of("according", "to"), List.of("in", "the", "words", "of")),
                set("then", "later", "also", "once", "again", "still", "even", "soon", "afterwards", "allegedly",
                        "reportedly", "famously"),
                set("he", "she"),
                set("he", "she", "they", "it", "we", "i", "you", "this", "that", "these", "those", "the", "a", "an",
                        "one", "his", "her", "their", "its", "our", "there", "here", "some", "many", "most", "both",
                        "each", "all", "someone", "everyone", "nobody", "who", "which"),
                List.of(" was ", " is ", " were ", " are ", " (", ", "),
                List.of("The "),
                List.of(" is ", " was ", " are ", " were ", " took place", " occurred ", " began ", " refers ",
                        " may refer"),
                Map.of(),
                NounMatch.WHOLE_WORD,
                List.of("born ", "b. "),
                set("the", "a", "an", "of", "and", "or", "to", "in", "on", "at", "by", "for", "with", "from", "as",
                        "into", "between", "than", "that", "which"),
                set("mr.", "mrs.", "ms.", "dr.", "gen.", "col.", "lt.", "capt.", "sgt.", "maj.", "adm.", "st.",
                        "prof.", "rev.", "jr.", "sr.", "vs.", "etc.", "cf.", "art.", "sec.", "vol.", "pp.", "ed.",
                        "eds.", "ca.", "fr.", "co.", "corp.", "inc.", "ltd.", "jan.", "feb.", "mar.", "apr.", "jun.",
                        "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.", "approx.", "gov.", "pres.", "e.g.",
                        "i.e.", "op.", "cit.", "ibid.", "No.", "Nos."),
                false,
                marks("\"\"", "“”", "„“”", "«»", "‘’", "''"),
                set("and", "but"));
    }

    private static Table german() {
        return new Table(
                clause("Artikel|Art\\.|Absatz|Abs\\.|Abschnitt|Paragraph|Paragraf|Ziffer"),
                null,
                set("siehe auch", "einzelnachweise", "literatur", "weblinks", "anmerkungen", "quellen",
                        "fußnoten", "belege", "quellen und literatur", "literatur und weblinks", "kategorien"),
                List.of("kategorien:", "kategorie:", "[[kategorie:"),
                List.of("{{sortierung", "{{defaultsort"),
                set("sagte", "sagt", "schrieb", "schreibt", "erklärte", "erklärt", "antwortete", "erwiderte",
                        "meinte", "betonte", "bemerkte", "rief", "verkündete", "warnte", "behauptete",
                        "bezeichnete", "nannte", "äußerte", "sprach", "telegrafierte", "notierte", "kommentierte",
                        "fragte", "versprach", "forderte", "drohte", "gestand", "beteuerte", "versicherte",
                        "urteilte", "resümierte", "protestierte", "entgegnete", "konstatierte", "hielt", "fügte",
                        "formulierte", "zitierte", "gesagt", "erklärt", "geschrieben", "bezeichnet", "genannt"),
                set(),
                set("wurde", "wurden", "worden", "wird", "werden"),
                set("hat", "hatte", "habe"),
                set("von"),
                List.of(List.of("laut"), List.of("nach", "den", "worten", "von"), List.of("nach", "angaben", "von"),
                        List.of("zufolge")),
                set("später", "dann", "auch", "noch", "danach", "damals", "bereits", "schon", "einmal",
                        "angeblich", "öffentlich", "ausdrücklich", "sogar", "kurz", "darauf", "daraufhin"),
                set("er", "sie"),
                set("er", "sie", "es", "wir", "ich", "man", "der", "die", "das", "den", "dem", "des", "ein",
                        "eine", "einer", "dieser", "diese", "dieses", "jener", "beide", "alle", "viele", "einige",
                        "später", "dann", "danach", "damals", "hier", "dort", "so", "wer", "welcher", "welche"),
                List.of(" ist ", " war ", " sind ", " waren ", " wurde ", " wurden ", " wird ", " gilt ",
                        " bezeichnet ", " (", ", ", " – ", " — "),
                List.of(),
                List.of(" ist ", " war ", " sind ", " waren ", " bezeichnet ", " bezeichnete ", " fand "),
                nouns(Map.of(
                        "PERSON", List.of("politiker", "politikerin", "diplomat", "diplomatin", "minister",
                                "ministerin", "präsident", "präsidentin", "kanzler", "offizier", "general", "soldat",
                                "journalist", "schriftsteller", "dichter", "historiker", "jurist", "anwalt",
                                "priester", "bischof", "könig", "königin", "kaiser", "zar", "fürst", "herzog",
                                "revolutionär", "staatsmann", "führer", "aktivist", "wissenschaftler", "ökonom",
                                "maler", "komponist", "unternehmer", "kommandeur", "marschall", "admiral",
                                "herrscher", "theologe", "ingenieur", "professor", "publizist", "botschafter",
                                "gesandter", "sekretär", "vorsitzender", "premier", "staatschef", "übersetzer",
                                "philosoph", "autor", "lehrer", "arzt", "sozialist", "kommunist"),
                        "PLACE", List.of("stadt", "dorf", "land", "staat", "region", "gebiet", "republik",
                                "hauptstadt", "fluss", "see", "meer", "insel", "provinz", "bezirk", "kreis",
                                "gemeinde", "reich", "herzogtum", "königreich", "fürstentum", "oblast",
                                "gouvernement", "hafen", "hafenstadt", "ort", "halbinsel", "bucht", "burg", "schloss",
                                "gebäude", "platz", "festung", "kurort", "wald", "landschaft"),
                        "ORGANISATION", List.of("zeitung", "zeitschrift", "agentur", "armee", "marine", "partei",
                                "bund", "organisation", "regierung", "gesellschaft", "unternehmen", "rat",
                                "ausschuss", "komitee", "universität", "akademie", "institut", "kirche", "bank",
                                "verband", "verein", "allianz", "bewegung", "ministerium", "polizei", "parlament",
                                "senat", "gericht", "kabinett", "miliz", "garde", "korps", "brigade", "regiment",
                                "legion", "verlag", "kommission", "delegation", "botschaft", "tageszeitung",
                                "nachrichtenagentur", "streitkräfte", "wehrmacht", "seimas", "saeima", "sejm"),
                        "OTHER", List.of("krieg", "schlacht", "vertrag", "pakt", "abkommen", "aufstand",
                                "revolution", "operation", "invasion", "feldzug", "konferenz", "kongress", "putsch",
                                "massaker", "wahl", "referendum", "protokoll", "erklärung", "währung", "sprache",
                                "begriff", "ereignis", "krise", "besetzung", "annexion", "offensive", "belagerung",
                                "film", "buch", "roman", "lied", "gesetz", "verfassung", "dynastie", "familie",
                                "name", "politik", "plan", "zeitraum", "epoche", "friede", "frieden",
                                "waffenstillstand", "teilung", "deportation", "völkermord", "hungersnot",
                                "ultimatum", "streik", "linie", "grenze", "abkommens", "friedensvertrag"))),
                NounMatch.COMPOUND_END,
                List.of("* ", "*", "† ", "geb. ", "geboren "),
                set("der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "eines", "einem", "einen", "und",
                        "oder", "von", "vom", "zu", "zum", "zur", "mit", "nach", "bei", "in", "im", "an", "am", "auf",
                        "aus", "unter", "über", "vor", "durch", "gegen", "zwischen", "für", "als", "wie", "dass",
                        "sowie", "seinem", "seiner", "ihrem", "ihrer"),
                set("z. b.", "bzw.", "nr.", "vgl.", "ca.", "geb.", "gest.", "hl.", "st.", "dr.", "prof.", "gen.",
                        "art.", "abs.", "s.", "u. a.", "d. h.", "z. t.", "o. ä.", "v. chr.", "n. chr.", "jh.", "mio.",
                        "mrd.", "sog.", "evtl.", "inkl.", "insb.", "bzgl."),
                true,
                marks("„“”", "‚‘’", "»«", "«»", "\"\"", "''"),
                set("und", "aber"));
    }

    private static Table polish() {
        return new Table(
                clause("Artykuł|Artykul|Art\\.|Ustęp|Ust\\.|Punkt|Pkt"),
                null,
                set("zobacz też", "zobacz także", "przypisy", "bibliografia", "linki zewnętrzne",
                        "literatura", "uwagi", "źródła", "kategorie"),
                List.of("kategorie:", "kategoria:", "[[kategoria:"),
                List.of("{{domyślnieklucz", "{{defaultsort"),
                set("powiedział", "powiedziała", "napisał", "napisała", "stwierdził", "stwierdziła",
                        "oświadczył", "oświadczyła", "oznajmił", "oznajmiła", "odpowiedział", "odpowiedziała",
                        "zapisał", "zapisała", "mówił", "mówiła", "mówi", "pisał", "pisała", "pisze", "ogłosił",
                        "ogłosiła", "dodał", "dodała", "nazwał", "nazwała", "określił", "określiła", "zauważył",
                        "zauważyła", "podkreślił", "podkreśliła", "wspominał", "wspominała", "wspomina",
                        "zadeklarował", "zadeklarowała", "ostrzegł", "ostrzegła", "telegrafował", "zapewnił",
                        "zapewniła", "zapytał", "zapytała", "pytał", "wykrzyknął", "przyznał", "przyznała",
                        "skomentował", "skomentowała", "relacjonował", "oceniał", "ocenił", "ocenia", "uznał",
                        "przekonywał", "twierdził", "twierdziła", "wołał", "zawołał", "odparł", "odparła", "rzekł"),
                set(),
                set("został", "została", "zostało", "zostali", "był", "była", "było"),
                set(),
                set("przez"),
                List.of(List.of("według"), List.of("zdaniem"), List.of("słowami")),
                set("później", "potem", "także", "również", "też", "wówczas", "wtedy", "ponoć", "podobno",
                        "publicznie", "otwarcie", "jeszcze", "już", "następnie"),
                set("on", "ona"),
                set("on", "ona", "ono", "oni", "one", "ja", "my", "wy", "to", "ten", "ta", "tę", "te", "ci",
                        "tam", "tu", "tak", "kto", "który", "która", "wszyscy", "wielu", "niektórzy", "potem",
                        "później", "wtedy", "wówczas"),
                List.of(" – ", " — ", " to ", " był ", " była ", " było ", " byli ", " jest ", " został ",
                        " została ", " zostało ", " (", ", "),
                List.of(),
                List.of(" – ", " — ", " to ", " jest ", " był ", " była ", " było ", " są "),
                nouns(Map.of(
                        "PERSON", List.of("polityk", "dyplomat", "minister", "prezydent", "premier", "oficer",
                                "generał", "żołnierz", "dziennikarz", "pisarz", "poeta", "historyk", "prawnik",
                                "adwokat", "ksiądz", "biskup", "król", "królowa", "cesarz", "car", "książę",
                                "rewolucjonist", "przywódc", "działacz", "naukowiec", "ekonomist",
                                "malarz", "kompozytor", "przedsiębiorc", "dowódc", "marszałek", "admirał", "władc",
                                "teolog", "inżynier", "profesor", "publicyst", "ambasador", "poseł", "sekretarz",
                                "przewodniczący", "naczelnik", "socjalist", "komunist", "filozof", "autor"),
                        "PLACE", List.of("miasto", "miast", "wieś", "wsi", "kraj", "państw", "region", "terytori",
                                "republik", "stolic", "rzek", "morz", "jezior", "wysp", "prowincj", "województw",
                                "powiat", "gmin", "cesarstw", "księstw", "królestw", "gubernia", "guberni", "port",
                                "półwysp", "zatok", "zamek", "zamk", "pałac", "budynek", "plac", "twierdz",
                                "uzdrowisk", "las", "kraina", "krain", "obwód", "obwod", "okręg", "dzielnic"),
                        "ORGANISATION", List.of("gazet", "dziennik", "czasopism", "tygodnik", "agencj", "armi",
                                "wojsk", "partia", "parti", "lig", "organizacj", "rząd", "rzad", "spółk", "rad",
                                "komitet", "uniwersytet", "akademi", "instytut", "kości", "bank", "stowarzyszeni",
                                "sojusz", "ruch", "ministerstw", "policj", "parlament", "sejm", "senat", "sąd",
                                "trybunał", "gabinet", "milicj", "gwardi", "korpus", "brygad", "pułk", "legion",
                                "wydawnictw", "komisj", "delegacj", "ambasad", "seimas", "saeima"),
                        "OTHER", List.of("wojn", "bitw", "traktat", "pakt", "układ", "porozumieni", "umow",
                                "umów", "powstani", "rewolucj", "operacj", "inwazj", "kampani", "konferencj",
                                "kongres", "przewrót", "masakr", "wybor", "referendum", "protokół", "protokoł",
                                "deklaracj", "walut", "język", "termin", "pojęci", "wydarzeni", "kryzys",
                                "okupacj", "aneksj", "ofensyw", "oblężeni", "film", "książk", "powieść", "piosenk",
                                "ustaw", "konstytucj", "dynasti", "rodzin", "nazwisk", "pokój", "pokoj", "rozejm",
                                "rozbiór", "rozbior", "deportacj", "ludobójstw", "głód", "ultimatum", "strajk",
                                "lini", "granic"))),
                NounMatch.INFLECTED,
                List.of("ur. ", "zm. ", "urodzony ", "urodzona "),
                set("w", "we", "z", "ze", "na", "do", "i", "oraz", "od", "po", "przez", "dla", "przy", "pod", "nad",
                        "o", "że", "a", "ani", "jako", "między", "u", "ku", "za", "lub", "albo"),
                set("r.", "ur.", "zm.", "ok.", "tzw.", "gen.", "płk.", "płk", "ks.", "św.", "im.", "m.in.", "pw.",
                        "np.", "tj.", "tzn.", "w.", "ul.", "prof.", "dr.", "nr.", "art.", "pkt.", "ust.", "rr.", "zob.",
                        "por.", "tys.", "mln.", "mld.", "kpt.", "mjr.", "ppłk.", "ppor.", "gen. dyw.", "gen. bryg."),
                true,
                marks("„”“", "«»", "‚’‘", "””", "\"\"", "''"),
                set("i", "a", "oraz", "ale"));
    }

    private static Table lithuanian() {
        return new Table(
                clause("Straipsnis|Str\\."),
                Pattern.compile("([IVXLCDM]+|[0-9]{1,4}[a-z]?)\\s*((?iu:straipsnis|str\\.))" + AFTER),
                set("taip pat skaitykite", "taip pat žiūrėkite", "šaltiniai", "nuorodos", "išnašos",
                        "literatūra", "pastabos", "išorinės nuorodos", "kategorijos"),
                List.of("kategorijos:", "kategorija:", "[[kategorija:"),
                List.of("{{defaultsort", "{{rūšiuoti"),
                set("sakė", "sako", "rašė", "rašo", "parašė", "pareiškė", "pareiškia", "teigė", "teigia",
                        "pasakė", "atsakė", "atsako", "pažymėjo", "pabrėžė", "pridūrė", "paskelbė", "pavadino",
                        "vadino", "tvirtino", "klausė", "paklausė", "perspėjo", "įspėjo", "užrašė", "prisiminė",
                        "kalbėjo", "telegrafavo", "žadėjo", "pažadėjo", "pripažino", "skundėsi", "sušuko",
                        "konstatavo", "aiškino", "paaiškino", "apibūdino", "rašydamas", "rašė,"),
                set(),
                set("buvo", "yra", "bus"),
                set(),
                set(),
                List.of(List.of("pasak"), List.of("anot"), List.of("pasak", "jo")),
                set("vėliau", "paskui", "taip", "pat", "tada", "tuomet", "dar", "jau", "viešai", "neva",
                        "esą", "netrukus"),
                set("jis", "ji"),
                set("jis", "ji", "jie", "jos", "aš", "mes", "jūs", "tai", "tas", "ta", "šis", "ši", "kas",
                        "kuris", "kuri", "visi", "daugelis", "vėliau", "tada", "tuomet"),
                List.of(" – ", " — ", " buvo ", " yra ", " (", ", "),
                List.of(),
                List.of(" – ", " — ", " yra ", " buvo ", " vadinamas ", " vadinama "),
                nouns(Map.of(
                        "PERSON", List.of("politik", "diplomat", "ministr", "prezident", "premjer", "karinink",
                                "generol", "kareiv", "žurnalist", "rašytoj", "poet", "istorik", "teisinink",
                                "advokat", "kunig", "vyskup", "karal", "imperator", "car", "kunigaikš",
                                "revoliucionier", "lyder", "veikėj", "mokslinink", "ekonomist",
                                "dailinink", "kompozitor", "verslinink", "vad", "maršal", "admirol", "valdov",
                                "teolog", "inžinier", "profesor", "publicist", "ambasador", "pasiunt", "sekretor",
                                "pirminink", "filosof", "autori", "mokytoj", "gydytoj"),
                        "PLACE", List.of("miest", "kaim", "šal", "valstyb", "region", "teritorij", "respublik",
                                "sostin", "upė", "jūr", "ežer", "sal", "provincij", "apskrit", "rajon", "savivaldyb",
                                "imperij", "kunigaikštyst", "karalyst", "gubernij", "uost", "pusiasal", "įlank",
                                "pil", "rūm", "pastat", "aikšt", "tvirtov", "kurort", "mišk", "krašt", "srit",
                                "vietov", "gyvenviet"),
                        "ORGANISATION", List.of("laikrašt", "dienraš", "žurnal", "agentūr", "armij", "kariuomen",
                                "partij", "lyg", "organizacij", "vyriausyb", "bendrov", "taryb", "komitet",
                                "universitet", "akademij", "institut", "bažnyči", "bank", "draugij", "sąjung",
                                "judėjim", "ministerij", "policij", "parlament", "seim", "senat", "teism",
                                "kabinet", "milicij", "gvardij", "korpus", "brigad", "pulk", "legion", "leidykl",
                                "komisij", "delegacij", "ambasad", "saeim", "sejm"),
                        "OTHER", List.of("kar", "mūš", "sutart", "pakt", "susitarim", "sukilim", "revoliucij",
                                "operacij", "invazij", "konferencij", "kongres", "perversm", "žudyn", "rinkim",
                                "referendum", "protokol", "deklaracij", "valiut", "kalb", "sąvok", "termin",
                                "įvyk", "kriz", "okupacij", "aneksij", "puolim", "apsiaust", "film", "knyg",
                                "roman", "dain", "įstatym", "konstitucij", "dinastij", "šeim", "pavard", "taik",
                                "paliaub", "padalijim", "trėmim", "genocid", "bad", "ultimatum", "streik", "linij",
                                "sien"))),
                NounMatch.INFLECTED,
                List.of("gimė "),
                set("ir", "į", "iš", "su", "po", "prie", "nuo", "per", "bei", "už", "apie", "tarp", "kad", "o", "ar",
                        "ties", "pas", "prieš", "be", "kaip"),
                set("d.", "m.", "g.", "mln.", "tūkst.", "gen.", "pvz.", "t. y.", "vad.", "šv.", "a.", "kun.", "str.",
                        "p.", "prof.", "dr.", "plg.", "pr. m. e.", "pr. kr.", "po kr.", "t. p.", "mlrd."),
                false,
                marks("„“”", "‚‘’", "«»", "\"\"", "''"),
                set("ir", "bet", "o"));
    }

    private static Table french() {
        return new Table(
                clause("Article|Art\\.|Section|Clause|Paragraphe|Alinéa"),
                null,
                set("voir aussi", "notes et références", "notes", "références", "bibliographie",
                        "liens externes", "articles connexes", "sources", "catégories"),
                List.of("catégories :", "catégories:", "catégorie :", "catégorie:", "[[catégorie:"),
                List.of("{{defaultsort", "{{clé de tri"),
                set("dit", "déclara", "déclare", "déclaré", "écrivit", "écrit", "écrivait", "répondit",
                        "répond", "répondu", "affirma", "affirme", "affirmé", "ajouta", "ajouté", "annonça",
                        "annoncé", "qualifia", "qualifié", "qualifiée", "appela", "exclama", "lança", "lancé",
                        "proclama", "proclamé", "expliqua", "expliqué", "souligna", "souligné", "nota", "noté",
                        "prévint", "avertit", "averti", "promit", "promis", "demanda", "demandé", "télégraphia",
                        "confia", "confié", "rappela", "rappelé", "estima", "estimé", "résuma", "protesta",
                        "rétorqua", "rétorqué", "assura", "assuré", "résumé", "décrivit", "décrit", "jugea",
                        "jugé", "nomma", "surnomma", "commenta", "commenté", "s'exclama", "lâcha", "lâché",
                        "constata", "constaté", "reconnut", "reconnu"),
                set("demanda", "demandé", "assura", "assuré", "promit", "promis", "prévint", "avertit"),
                set("été", "fut", "furent", "est", "était", "sont", "sera"),
                set("a", "avait", "aurait", "eut", "le", "la", "l'", "l’", "lui", "leur", "les", "y", "en"),
                set("par"),
                List.of(List.of("selon"), List.of("d'après"), List.of("d’après"), List.of("pour", "reprendre",
                        "les", "mots", "de")),
                set("plus", "tard", "ensuite", "alors", "aussi", "également", "encore", "déjà", "publiquement",
                        "lui-même", "elle-même", "même", "aussitôt", "dès", "lors"),
                set("il", "elle"),
                set("il", "elle", "ils", "elles", "on", "je", "nous", "vous", "le", "la", "les", "l'", "un",
                        "une", "des", "ce", "cet", "cette", "ces", "celui-ci", "celle-ci", "qui", "lequel",
                        "laquelle", "tous", "plusieurs", "certains", "alors", "ensuite"),
                List.of(" est ", " était ", " fut ", " sont ", " a été ", " désigne ", " (", ", ", " – ", " — "),
                List.of("Le ", "La ", "Les ", "L'", "L’"),
                List.of(" est ", " était ", " fut ", " sont ", " furent ", " désigne ", " se déroula ", " eut lieu"),
                nouns(Map.of(
                        "PERSON", List.of("politicien", "diplomate",
                                "ministre", "président", "chancelier", "officier", "général", "soldat",
                                "journaliste", "écrivain", "poète", "romancier", "auteur", "philosophe",
                                "historien", "juriste", "avocat", "prêtre", "évêque", "archevêque", "cardinal",
                                "pape", "roi", "reine", "empereur", "impératrice", "tsar", "prince", "princesse",
                                "duc", "duchesse", "révolutionnaire", "dirigeant", "militant", "intellectuel",
                                "scientifique", "économiste", "peintre", "compositeur", "musicien", "industriel",
                                "commandant", "maréchal", "amiral", "monarque", "souverain", "théologien",
                                "ingénieur", "professeur", "ambassadeur", "secrétaire", "négociateur", "publiciste",
                                "militaire", "homme", "femme"),
                        "PLACE", List.of("ville", "village", "pays", "état", "région", "territoire",
                                "république", "capitale", "fleuve", "rivière", "mer", "lac", "montagne", "île",
                                "province", "comté", "municipalité", "district", "empire", "duché", "royaume",
                                "principauté", "oblast", "gouvernement", "port", "quartier", "péninsule", "golfe",
                                "baie", "commune", "nation", "colonie", "palais", "château", "bâtiment", "place",
                                "rue", "forteresse", "station", "forêt", "cité", "localité"),
                        "ORGANISATION", List.of("journal", "quotidien", "magazine", "revue", "périodique", "agence",
                                "armée", "marine", "parti", "ligue", "organisation", "société", "entreprise",
                                "conseil", "comité", "université", "académie", "institut", "église", "banque",
                                "association", "alliance", "mouvement", "ministère", "police", "parlement", "sénat",
                                "cour", "tribunal", "cabinet", "milice", "garde", "corps", "brigade", "régiment",
                                "légion", "éditeur", "commission", "délégation", "ambassade", "diète", "sejm",
                                "seimas", "saeima", "wehrmacht"),
                        "OTHER", List.of("guerre", "bataille", "traité", "pacte", "accord", "révolte",
                                "insurrection", "soulèvement", "révolution", "opération", "invasion", "campagne",
                                "conférence", "congrès", "coup", "massacre", "élection", "référendum", "protocole",
                                "déclaration", "doctrine", "monnaie", "langue", "terme", "événement", "crise",
                                "occupation", "annexion", "offensive", "siège", "film", "livre", "roman", "chanson",
                                "loi", "constitution", "dynastie", "famille", "nom", "politique", "plan", "période",
                                "paix", "armistice", "trêve", "partage", "déportation", "génocide", "famine",
                                "ultimatum", "grève", "ligne", "frontière"))),
                NounMatch.WHOLE_WORD,
                List.of("né ", "née ", "né le", "née le"),
                set("le", "la", "les", "l'", "l’", "un", "une", "des", "du", "de", "d'", "d’", "et", "ou", "à", "au",
                        "aux", "en", "dans", "par", "pour", "sur", "avec", "entre", "que", "qui", "sous", "chez",
                        "vers", "contre", "sans"),
                set("av.", "apr.", "j.-c.", "st.", "ste.", "mgr.", "gén.", "cf.", "env.", "m.", "mme.", "mlle.",
                        "mm.", "art.", "p.", "vol.", "chap.", "éd.", "dr.", "pr.", "t."),
                false,
                marks("«»", "“”", "‘’", "\"\"", "''"),
                set("et", "mais", "puis"));
    }

    private static Table russian() {
        return new Table(
                clause("Статья|Ст\\.|Пункт|П\\.|Параграф"),
                null,
                set("см. также", "примечания", "литература", "ссылки", "источники", "библиография",
                        "комментарии", "категории"),
                List.of("категории:", "категория:", "[[категория:"),
                List.of("{{defaultsort", "{{сортировка"),
                set("сказал", "сказала", "заявил", "заявила", "написал", "написала", "писал", "писала",
                        "ответил", "ответила", "отметил", "отметила", "подчеркнул", "подчеркнула", "добавил",
                        "добавила", "объявил", "объявила", "назвал", "назвала", "называл", "говорил", "говорила",
                        "утверждал", "утверждала", "заметил", "заметила", "сообщил", "сообщила", "воскликнул",
                        "воскликнула", "предупредил", "предупредила", "пообещал", "пообещала", "телеграфировал",
                        "вспоминал", "вспоминала", "указал", "указала", "констатировал",
                        "произнёс", "произнес", "провозгласил", "записал", "записала", "охарактеризовал",
                        "возразил", "возразила", "пояснил", "пояснила", "сказано"),
                set(),
                set("был", "была", "было", "были"),
                set(),
                set(),
                List.of(List.of("по", "словам"), List.of("как", "писал"), List.of("как", "заявил")),
                set("позже", "позднее", "затем", "потом", "также", "тогда", "уже", "ещё", "еще", "публично",
                        "якобы", "впоследствии", "вскоре"),
                set("он", "она"),
                set("он", "она", "оно", "они", "я", "мы", "вы", "это", "этот", "эта", "тот", "та", "кто",
                        "который", "которая", "все", "многие", "некоторые", "позже", "тогда", "затем"),
                List.of(" — ", " – ", " был ", " была ", " было ", " является ", " (", ", "),
                List.of(),
                List.of(" — ", " – ", " является ", " был ", " была ", " было ", " были "),
                nouns(Map.of(
                        "PERSON", List.of("политик", "дипломат", "министр", "президент", "премьер", "офицер",
                                "генерал", "солдат", "журналист", "писател", "поэт", "историк", "юрист", "адвокат",
                                "священник", "епископ", "корол", "император", "цар", "князь", "кнзя", "герцог",
                                "революционер", "деятел", "лидер", "активист", "учён", "учен", "экономист",
                                "художник", "композитор", "предпринимател", "командир", "командующ", "маршал",
                                "адмирал", "правител", "богослов", "инженер", "профессор", "публицист", "посол",
                                "посланник", "секретар", "председател", "нарком", "философ", "автор"),
                        "PLACE", List.of("город", "сел", "деревн", "стран", "государств", "регион", "территори",
                                "республик", "столиц", "рек", "мор", "озер", "остров", "провинци", "губерни",
                                "уезд", "район", "област", "импери", "княжеств", "королевств", "герцогств",
                                "порт", "полуостров", "залив", "замок", "замк", "дворец", "дворц", "здани",
                                "площад", "крепост", "курорт", "лес", "край", "кра", "местност", "посёлок",
                                "поселок", "населённ"),
                        "ORGANISATION", List.of("газет", "журнал", "агентств", "арми", "флот", "парти", "лиг",
                                "организаци", "правительств", "обществ", "компани", "совет", "комитет",
                                "университет", "академи", "институт", "церков", "банк", "союз", "движени",
                                "министерств", "наркомат", "полици", "парламент", "сейм", "сенат", "суд",
                                "кабинет", "милици", "гварди", "корпус", "бригад", "полк", "легион", "издательств",
                                "комисси", "делегаци", "посольств", "вермахт", "сейма", "сейме"),
                        "OTHER", List.of("войн", "битв", "сражени", "договор", "пакт", "соглашени", "восстани",
                                "мятеж", "революци", "операци", "вторжени", "кампани", "конференци", "конгресс",
                                "переворот", "резн", "выбор", "референдум", "протокол", "деклараци", "валют",
                                "язык", "термин", "понят", "событи", "кризис", "оккупаци", "аннекси",
                                "наступлени", "осад", "фильм", "книг", "роман", "песн", "закон", "конституци",
                                "династи", "семь", "фамили", "мир", "перемири", "раздел", "депортаци", "геноцид",
                                "голод", "ультиматум", "забастовк", "лини", "границ"))),
                NounMatch.INFLECTED,
                List.of("род. ", "ум. ", "родился ", "родилась "),
                set("и", "в", "во", "на", "с", "со", "к", "ко", "по", "из", "от", "для", "о", "об", "между", "а",
                        "или", "что", "при", "за", "под", "над", "у", "до", "через", "против"),
                set("г.", "гг.", "т. е.", "им.", "св.", "ген.", "т.", "см.", "н. э.", "тыс.", "млн.", "ст.", "с.",
                        "д.", "руб.", "т. н.", "т. к.", "проф.", "акад.", "тов.", "млрд.", "ок."),
                false,
                marks("«»", "„“”", "‚‘’", "\"\"", "''"),
                set("и", "но", "а"));
    }

    /** A set of words, where a word listed twice (a form shared by two tenses) is no mistake. */
    private static Set<String> set(String... words) {
        return Set.copyOf(Arrays.asList(words));
    }

    /** Opening marks with their closing ones: each argument is an opening mark followed by the marks that close it. */
    private static Map<Character, String> marks(String... pairs) {
        Map<Character, String> marks = new HashMap<>();
        for (String pair : pairs) {
            marks.put(pair.charAt(0), pair.substring(1));
        }
        return Map.copyOf(marks);
    }

    private static Map<String, String> nouns(Map<String, List<String>> byKind) {
        Map<String, String> nouns = new HashMap<>();
        byKind.forEach((kind, words) -> words.forEach(word -> nouns.put(word, kind)));
        return Map.copyOf(nouns);
    }
}
