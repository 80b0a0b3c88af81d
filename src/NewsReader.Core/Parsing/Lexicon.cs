using System.Collections.Frozen;

namespace NewsReader.Parsing;

/// <summary>The words one language contributes to parsing: dates, quote cues, pronouns, titles.</summary>
internal sealed record Lexicon(
    string Code,
    IReadOnlyDictionary<string, int> Months,
    IReadOnlyDictionary<string, DayOfWeek> Days,
    IReadOnlyCollection<string> CuesAfter,
    IReadOnlyCollection<string> CuesBefore,
    IReadOnlyCollection<string> Pronouns,
    IReadOnlyCollection<string> AccordingTo,
    IReadOnlyCollection<string> StopWords,
    IReadOnlyCollection<string> Roles,
    IReadOnlyCollection<string> ReportingVerbs,
    IReadOnlyCollection<string> Organisations);

/// <summary>Indonesian and English tables, and the lookups the parser units share.</summary>
internal static class Lexicons
{
    public static readonly Lexicon Indonesian = new(
        "id",
        Months: new Dictionary<string, int>
        {
            ["januari"] = 1, ["jan"] = 1, ["februari"] = 2, ["feb"] = 2, ["peb"] = 2, ["maret"] = 3, ["mar"] = 3,
            ["april"] = 4, ["apr"] = 4, ["mei"] = 5, ["juni"] = 6, ["jun"] = 6, ["juli"] = 7, ["jul"] = 7,
            ["agustus"] = 8, ["agu"] = 8, ["agt"] = 8, ["agst"] = 8, ["ags"] = 8, ["september"] = 9, ["sep"] = 9, ["sept"] = 9,
            ["oktober"] = 10, ["okt"] = 10, ["november"] = 11, ["nov"] = 11, ["nop"] = 11, ["desember"] = 12, ["des"] = 12,
        },
        Days: new Dictionary<string, DayOfWeek>
        {
            ["senin"] = DayOfWeek.Monday, ["selasa"] = DayOfWeek.Tuesday, ["rabu"] = DayOfWeek.Wednesday,
            ["kamis"] = DayOfWeek.Thursday, ["jumat"] = DayOfWeek.Friday, ["jum'at"] = DayOfWeek.Friday,
            ["sabtu"] = DayOfWeek.Saturday, ["minggu"] = DayOfWeek.Sunday, ["ahad"] = DayOfWeek.Sunday,
        },
        CuesAfter: ["kata", "ujar", "ucap", "ungkap", "jelas", "tutur", "tambah", "imbuh", "tegas", "sebut", "tulis",
            "papar", "terang", "pungkas", "lanjut", "katanya", "ujarnya", "ucapnya", "ungkapnya", "jelasnya", "tuturnya",
            "tambahnya", "imbuhnya", "tegasnya", "sebutnya", "tulisnya", "paparnya", "terangnya", "pungkasnya",
            "lanjutnya", "kilahnya", "akunya", "klaimnya", "bebernya", "ungkap", "beber", "kata dia", "ujar dia"],
        CuesBefore: ["mengatakan", "menyatakan", "berkata", "menjelaskan", "menegaskan", "menambahkan", "mengungkapkan",
            "menuturkan", "menyebut", "menyebutkan", "menulis", "memaparkan", "menerangkan", "mengimbuhkan", "mengingatkan", "kata", "ujar"],
        Pronouns: ["dia", "ia", "beliau", "mereka"],
        AccordingTo: ["menurut"],
        StopWords: ["yang", "dan", "di", "ke", "dari", "untuk", "dengan", "ini", "itu", "tidak", "akan", "pada", "juga",
            "dalam", "adalah", "bahwa", "kata", "telah", "sudah", "atau", "oleh", "karena", "bisa", "tersebut", "ada"],
        Roles: ["presiden", "wakil", "menteri", "gubernur", "bupati", "wali", "walikota", "kepala", "ketua", "direktur",
            "utama", "juru", "bicara", "jubir", "sekretaris", "jenderal", "sekjen", "kapolri", "kapolda", "panglima",
            "komisaris", "anggota", "pemimpin", "tertinggi", "perdana", "raja", "ratu", "pangeran", "ekonom", "analis",
            "pengamat", "peneliti", "dosen", "guru", "besar", "profesor", "prof", "dr", "ir", "h", "hj", "kh", "pakar",
            "founder", "ceo", "cfo", "bos", "kapolres", "kabid", "kasat", "dirut", "plt", "pj", "senior", "chief",
            "manajer", "general", "manager", "pelatih", "kapten", "kuasa", "hukum", "pengacara", "penasihat", "staf",
            "khusus", "deputi", "asisten", "rektor", "dekan", "camat", "lurah", "kades", "ustaz", "kiai", "habib",
            "keuangan", "luar", "negeri", "dalam", "pertahanan", "perdagangan", "perindustrian", "kesehatan", "pendidikan",
            "agama", "sosial", "koordinator", "bidang", "perekonomian", "politik", "keamanan", "bumn", "esdm", "investasi",
            "pariwisata", "perhubungan", "pertanian", "kelautan", "perikanan", "ketenagakerjaan", "hukum", "ham",
            "sekretariat", "negara", "kabinet", "pemuda", "olahraga", "komunikasi", "informatika", "digital", "dirjen",
            "akbp", "kompol", "iptu", "ipda", "aiptu", "kombes", "brigjen", "irjen", "komjen", "laksamana", "marsekal", "kolonel", "mayor"],
        ReportingVerbs: ["mengatakan", "menyatakan", "berkata", "menjelaskan", "menegaskan", "menambahkan", "mengungkapkan",
            "menuturkan", "menyebut", "menyebutkan", "menulis", "memaparkan", "menerangkan", "mengimbuhkan", "mengingatkan",
            "menilai", "mengaku", "berharap", "beralasan", "berpendapat", "meminta", "membantah", "mengklaim", "memperkirakan",
            "mengungkap", "menekankan", "menyampaikan", "mengeklaim", "mengakui", "kata", "ujar"],
        Organisations: ["pt", "kementerian", "kemenkes", "badan", "dewan", "dinas", "lembaga", "komisi", "kbri", "kjri", "pemerintah",
            "pemkot", "pemkab", "pemprov", "bank", "universitas", "institut", "yayasan", "asosiasi", "perusahaan", "tbk", "perum",
            "polres", "polda", "polri", "kpk", "ojk", "bps", "bmkg", "partai", "koperasi", "persatuan", "ikatan"]);

    public static readonly Lexicon English = new(
        "en",
        Months: new Dictionary<string, int>
        {
            ["january"] = 1, ["jan"] = 1, ["february"] = 2, ["feb"] = 2, ["march"] = 3, ["mar"] = 3, ["april"] = 4,
            ["apr"] = 4, ["may"] = 5, ["june"] = 6, ["jun"] = 6, ["july"] = 7, ["jul"] = 7, ["august"] = 8, ["aug"] = 8,
            ["september"] = 9, ["sep"] = 9, ["sept"] = 9, ["october"] = 10, ["oct"] = 10, ["november"] = 11, ["nov"] = 11,
            ["december"] = 12, ["dec"] = 12,
        },
        Days: new Dictionary<string, DayOfWeek>
        {
            ["monday"] = DayOfWeek.Monday, ["mon"] = DayOfWeek.Monday, ["tuesday"] = DayOfWeek.Tuesday, ["tue"] = DayOfWeek.Tuesday,
            ["tues"] = DayOfWeek.Tuesday, ["wednesday"] = DayOfWeek.Wednesday, ["wed"] = DayOfWeek.Wednesday,
            ["thursday"] = DayOfWeek.Thursday, ["thu"] = DayOfWeek.Thursday, ["thurs"] = DayOfWeek.Thursday,
            ["friday"] = DayOfWeek.Friday, ["fri"] = DayOfWeek.Friday, ["saturday"] = DayOfWeek.Saturday,
            ["sat"] = DayOfWeek.Saturday, ["sunday"] = DayOfWeek.Sunday, ["sun"] = DayOfWeek.Sunday,
        },
        CuesAfter: ["said", "says", "added", "told", "wrote", "explained", "continued", "stated", "insisted", "warned",
            "noted", "argued", "recalled", "tweeted", "posted", "adds", "tells", "writes"],
        CuesBefore: ["said", "says", "added", "told", "wrote", "explained", "stated", "insisted", "warned", "noted", "argued"],
        Pronouns: ["he", "she", "they", "it"],
        AccordingTo: ["according to"],
        StopWords: ["the", "and", "of", "to", "in", "is", "that", "for", "with", "was", "on", "said", "it", "as", "at",
            "by", "he", "be", "are", "has", "have", "from", "this", "but", "not", "his", "her", "they", "will", "were"],
        Roles: ["president", "vice", "prime", "minister", "secretary", "chancellor", "governor", "mayor", "senator", "sen",
            "rep", "representative", "chief", "executive", "officer", "ceo", "cfo", "chairman", "chairwoman", "chair",
            "director", "spokesman", "spokeswoman", "spokesperson", "general", "gen", "lt", "col", "colonel", "captain",
            "capt", "sergeant", "sgt", "dr", "prof", "professor", "mr", "mrs", "ms", "miss", "sir", "dame", "lord", "lady",
            "king", "queen", "prince", "princess", "pope", "judge", "justice", "attorney", "economist", "analyst", "coach",
            "manager", "commissioner", "ambassador", "defence", "defense", "foreign", "finance", "treasury", "state",
            "home", "health", "trade", "commerce", "energy", "labor", "labour", "interior", "education", "deputy",
            "former", "acting", "senior", "leader", "speaker", "house", "white", "press", "founder", "head", "councilwoman",
            "councilman", "councillor", "superintendent", "teacher", "emergency", "inspector", "commander", "lt.", "rev"],
        ReportingVerbs: ["said", "says", "added", "adds", "told", "tells", "wrote", "writes", "explained", "stated", "insisted",
            "warned", "noted", "argued", "believes", "acknowledged", "admitted", "announced", "claimed", "estimated",
            "expects", "predicted", "recalled", "suggested", "testified", "conceded", "maintained"],
        Organisations: ["association", "authority", "council", "bank", "university", "ministry", "department", "office", "project",
            "forum", "alliance", "committee", "agency", "institute", "group", "company", "corporation", "corp", "inc", "ltd",
            "service", "commission", "foundation", "union", "board", "federation", "party", "police", "motors", "airlines",
            "kremlin", "kcna", "reuters", "transport"]);

    public static readonly IReadOnlyList<Lexicon> All = [Indonesian, English];

    /// <summary>Month names and abbreviations of every language, folded to lower case.</summary>
    public static readonly FrozenDictionary<string, int> Months =
        All.SelectMany(l => l.Months).DistinctBy(p => p.Key).ToFrozenDictionary(p => p.Key, p => p.Value, StringComparer.OrdinalIgnoreCase);

    public static readonly FrozenDictionary<string, DayOfWeek> Days =
        All.SelectMany(l => l.Days).DistinctBy(p => p.Key).ToFrozenDictionary(p => p.Key, p => p.Value, StringComparer.OrdinalIgnoreCase);

    public static readonly FrozenSet<string> CuesAfter =
        All.SelectMany(l => l.CuesAfter).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static readonly FrozenSet<string> CuesBefore =
        All.SelectMany(l => l.CuesBefore).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static readonly FrozenSet<string> Pronouns =
        All.SelectMany(l => l.Pronouns).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static readonly FrozenSet<string> Roles =
        All.SelectMany(l => l.Roles).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Verbs whose subject becomes the most recent speaker, quoted or not (said, menilai, mengaku).</summary>
    public static readonly FrozenSet<string> ReportingVerbs =
        All.SelectMany(l => l.ReportingVerbs.Concat(l.CuesBefore)).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that make a run of capitalised words an organisation's name when it begins or ends with one.</summary>
    public static readonly FrozenSet<string> Organisations =
        All.SelectMany(l => l.Organisations).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Time-zone abbreviations and their offsets. A zone not listed here is never guessed.</summary>
    public static readonly FrozenDictionary<string, TimeSpan> Zones = new Dictionary<string, TimeSpan>(StringComparer.OrdinalIgnoreCase)
    {
        ["WIB"] = TimeSpan.FromHours(7), ["WITA"] = TimeSpan.FromHours(8), ["WIT"] = TimeSpan.FromHours(9),
        ["UTC"] = TimeSpan.Zero, ["GMT"] = TimeSpan.Zero, ["Z"] = TimeSpan.Zero,
        ["EDT"] = TimeSpan.FromHours(-4), ["EST"] = TimeSpan.FromHours(-5), ["CDT"] = TimeSpan.FromHours(-5),
        ["CST"] = TimeSpan.FromHours(-6), ["MDT"] = TimeSpan.FromHours(-6), ["MST"] = TimeSpan.FromHours(-7),
        ["PDT"] = TimeSpan.FromHours(-7), ["PST"] = TimeSpan.FromHours(-8), ["BST"] = TimeSpan.FromHours(1),
        ["CET"] = TimeSpan.FromHours(1), ["CEST"] = TimeSpan.FromHours(2), ["JST"] = TimeSpan.FromHours(9),
        ["KST"] = TimeSpan.FromHours(9), ["SGT"] = TimeSpan.FromHours(8), ["AEST"] = TimeSpan.FromHours(10),
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// US zones named without their season ("2:15 p.m. ET", as The New York Times writes): the standard offset, an hour
    /// later while the United States keeps daylight time, which the date decides. Written in capitals only ("et" and "pt"
    /// are words).
    /// </summary>
    public static readonly FrozenDictionary<string, TimeSpan> SeasonalZones = new Dictionary<string, TimeSpan>(StringComparer.Ordinal)
    {
        ["ET"] = TimeSpan.FromHours(-5), ["CT"] = TimeSpan.FromHours(-6), ["MT"] = TimeSpan.FromHours(-7), ["PT"] = TimeSpan.FromHours(-8),
    }.ToFrozenDictionary(StringComparer.Ordinal);
}
